/**
 * The API token a journalist typed in, kept for the browser tab only (sessionStorage), never in the
 * URL. Writes need one once the service has tokens; reads only when it is set to private reads.
 */
const KEY = "factline.apiToken";

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function storeToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be off (private mode, sandboxed iframe); the token then lasts for this request only.
  }
}
