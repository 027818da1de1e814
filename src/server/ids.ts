let lastTime = 0;
let counter = 0;

/**
 * A new row id in the shape of Prisma's cuid (lowercase letters and digits, starting with "c"),
 * for rows written by raw SQL rather than by Prisma's client. Increasing within this process, so
 * rows written together (a batch of notifications) keep their order in a list sorted by id.
 */
export function newId(): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  const random = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join("");
  return `c${now.toString(36).padStart(9, "0")}${counter.toString(36).padStart(4, "0")}${random}`.slice(0, 25);
}
