-- Reconciliation updates every paid line twice: credited, then withdrawn. Each update wrote a new entry into all six
-- of payment_line's indexes, because the partial index on unwithdrawn credits names status and withdrawn_on, and a
-- row whose indexed column changes cannot be updated heap-only. The index served one query of the flag scan, which
-- reads payment_line sequentially for its other findings anyway (rejected, returned and unreported PT Pos lines,
-- which no index covers); the unclaimed ageing report aggregates over all unwithdrawn credits. Without it, a status,
-- booking or withdrawal change touches no index: the new row version stays on its page, for which every page keeps
-- room.

DROP INDEX payment_line_unwithdrawn;
ALTER TABLE payment_line SET (fillfactor = 70);
