import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { sendGraphQLError } from './http-errors.js';

/**
 * Per-client rate limiting for public deployments: the client is its API key when it sends
 * one (hashed, never kept in clear), else its IP address (IPv6 by /56 network). Over the limit
 * answers 429 with a GraphQL error body and Retry-After (seconds); RateLimit headers tell
 * clients where they stand. In memory: one server process, one count.
 */
export function rateLimiter(perMinute: number, windowMs = 60_000): RequestHandler {
  return rateLimit({
    windowMs,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const auth = req.headers.authorization;
      if (auth?.startsWith('Bearer ')) return `key:${createHash('sha256').update(auth.slice(7).trim()).digest('hex')}`;
      return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (req, res) => {
      const reset = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
      res.setHeader('Retry-After', String(seconds));
      sendGraphQLError(res, 429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} s.`);
    },
  });
}
