// The demo accounts `npm start` prints on an empty database. Local demo only.
export const DEMO_PASSWORD = "asar-demo-2026";
