/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Origin of the Huimin API, e.g. `https://api.example.gov.cn`. Empty: same origin as the page. */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
