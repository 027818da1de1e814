// pg lets a connection string override `database`, so the adapter gets discrete fields.
export type PgConfig = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  max?: number;
};

export function pgConfigFromUrl(url: string, max?: number): PgConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ...(max ? { max } : {}),
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
