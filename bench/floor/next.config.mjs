// The floor of `npm run bench`: the same Next.js, one dynamic page, no database, no session,
// no messages. What Asar's pages are measured against (docs/decisions/0021-request-path.md).
/** @type {import('next').NextConfig} */
const config = { poweredByHeader: false };
export default config;
