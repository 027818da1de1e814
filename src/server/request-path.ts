// The path of the page asked for, set by the proxy (src/proxy.ts) on every page request,
// overwriting whatever the client sent. Only for what a page shows (the header leaves the
// conversation being opened out of its unread badge); never for authorization.
export const PATHNAME_HEADER = "x-asar-pathname";
