import "./styles.css";
import { ApiClient } from "./api";
import { embedPage } from "./embed";
import { appPage } from "./app";
import { parseRoute } from "./filters";
import { storedToken } from "./token";

const root = document.getElementById("app")!;
const api = new ApiClient(undefined, "", storedToken);
const route = parseRoute(location.pathname, location.search);

root.replaceChildren(route.page === "embed" ? embedPage(api, route.filters) : appPage(api, route));
