// Vitest runs outside React's server environment; "server-only" is a marker there.
export {};
