import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
// The dev server forwards /api to the thidua server (`npm start`); override with THIDUA_API_URL.
const apiTarget = process.env.THIDUA_API_URL ?? "http://localhost:3000";

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Modules go where they are used, not dragged along with what they import: without this the
          // bundler merges floating-ui (menus, popovers) with small modules every page needs, and the
          // first page load grows by 10 KB (bench/first-load.ts).
          includeDependenciesRecursively: false,
          groups: [{ name: "floating-ui", test: /node_modules[\\/]@floating-ui[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": { target: apiTarget },
    },
  },
});
