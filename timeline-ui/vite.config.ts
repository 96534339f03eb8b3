import { defineConfig } from "vitest/config";

// The dev server proxies the API to a running Quarkus (./mvnw quarkus:dev proxies the other way round).
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: 5173,
    strictPort: true,
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
