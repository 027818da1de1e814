import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "./prisma-client";

// Sign-in limits as OWASP recommends them (docs/decisions/0015-sign-in-limits-and-sessions.md):
// addresses are limited, accounts are never locked. A hard lock per account let anyone keep the
// owner (the admin too) out with five wrong passwords; now an attacker only ever slows down
// attempts on that account from addresses the owner has not signed in from. Counters live in
// PostgreSQL (rate-limiter-flexible's Prisma store) so they hold across instances, and each
// attempt is counted before the password is checked, so parallel requests cannot slip through
// between a check and a write.

export const LOGIN_LIMITS = {
  /** Failed sign-ins from one client address, whatever the accounts (credential stuffing). */
  perAddress: { points: 30, duration: 15 * 60 },
  /** Consecutive failures on one account from one address; the right password clears them. */
  perAccountAndAddress: { points: 5, duration: 60 * 60, blockDuration: 15 * 60 },
  /** Failures on one account from anywhere within this window drive the slowdown. */
  accountWindow: 60 * 60,
  /** From this many failures on, attempts from an unfamiliar address wait before the check… */
  slowdownAfter: 5,
  /** …half a second, doubling with each further failure, up to this. */
  maxDelayMs: 8_000,
  /** An address the owner signed in from stays familiar (never slowed) this long. */
  familiarDays: 90,
};

type Limiters = {
  perAddress: RateLimiterPrisma;
  pair: RateLimiterPrisma;
  account: RateLimiterPrisma;
  familiar: RateLimiterPrisma;
};
const byDb = new WeakMap<Db, Limiters>();

function limiters(db: Db): Limiters {
  let l = byDb.get(db);
  if (!l) {
    const store = (keyPrefix: string, points: number, duration: number, extra: object = {}) =>
      // One of them sweeps expired rows every 5 minutes for the whole table.
      new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimit",
        keyPrefix,
        points,
        duration,
        clearExpiredByTimeout: keyPrefix === "login-ip",
        ...extra,
      });
    l = {
      perAddress: store("login-ip", LOGIN_LIMITS.perAddress.points, LOGIN_LIMITS.perAddress.duration),
      pair: store("login-pair", LOGIN_LIMITS.perAccountAndAddress.points, LOGIN_LIMITS.perAccountAndAddress.duration, {
        blockDuration: LOGIN_LIMITS.perAccountAndAddress.blockDuration,
      }),
      account: store("login-account", 1_000_000, LOGIN_LIMITS.accountWindow),
      familiar: store("login-familiar", 1, LOGIN_LIMITS.familiarDays * 24 * 3600),
    };
    byDb.set(db, l);
  }
  return l;
}

/** The counters name an account by a hash of its email: the table holds no addresses of people. */
const accountKey = (email: string) => hashedKey(email);

/** Counts one attempt; a RateLimiterRes rejection means "over the limit", anything else is a fault. */
async function take(limiter: RateLimiterPrisma, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (e) {
    if (e instanceof RateLimiterRes) return false;
    throw e;
  }
}

export type LoginGate =
  | { allowed: false }
  | {
      allowed: true;
      /** How long to wait before checking the password (the account is under attack from elsewhere). */
      delayMs: number;
      /** Records the outcome once the password has been checked. */
      settle(success: boolean): Promise<void>;
    };

/** Opens one sign-in attempt for `email` from `address`, or refuses it when that address is over a limit. */
export async function openLoginAttempt(db: Db, email: string, address: string): Promise<LoginGate> {
  const l = limiters(db);
  const account = accountKey(email);
  const pair = `${account}:${address}`;
  if (!(await take(l.perAddress, address))) return { allowed: false };
  if (!(await take(l.pair, pair))) return { allowed: false };

  const [failures, familiar] = await Promise.all([l.account.get(account), l.familiar.get(pair)]);
  const over = (failures?.consumedPoints ?? 0) - LOGIN_LIMITS.slowdownAfter;
  const delayMs = familiar || over < 0 ? 0 : Math.min(500 * 2 ** over, LOGIN_LIMITS.maxDelayMs);

  return {
    allowed: true,
    delayMs,
    async settle(success) {
      if (success) {
        // The address limit counts failures only; the owner's own address is familiar from now on.
        await Promise.all([
          l.perAddress.reward(address),
          l.pair.delete(pair),
          l.familiar.set(pair, 1, LOGIN_LIMITS.familiarDays * 24 * 3600),
        ]);
      } else {
        await l.account.consume(account);
      }
    },
  };
}

/** Each attempt, for the person's own sign-in history ("download my data"); kept a day. */
export async function recordLoginAttempt(db: Db, email: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { email, ip, success } });
  if (Math.random() < 0.01) {
    await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  }
}

// Limits on what anyone may submit (help requests): the same PostgreSQL store, one counter per
// key prefix and settings, shared by every instance.
const countersByDb = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

/**
 * Counts one use of `key` under `prefix`: at most `points` per `durationSeconds`. False once
 * used up (nothing is counted then). Keys name an address or a hash, never a person's contact.
 */
export async function takeAllowance(
  db: Db,
  prefix: string,
  key: string,
  points: number,
  durationSeconds: number,
): Promise<boolean> {
  let byPrefix = countersByDb.get(db);
  if (!byPrefix) countersByDb.set(db, (byPrefix = new Map()));
  const id = `${prefix}:${points}:${durationSeconds}`;
  let limiter = byPrefix.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: prefix,
      points,
      duration: durationSeconds,
    });
    byPrefix.set(id, limiter);
  }
  return take(limiter, key);
}

/** A key for a personal value (a phone, an email) that the rate-limit table may hold. */
export function hashedKey(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32);
}
