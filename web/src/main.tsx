import "./mantine-styles";
import "@mantine/notifications/styles.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { initI18n } from "./i18n";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// The strings first (English is fetched only when chosen), then the app.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
