import { z } from 'zod/mini';

// MV3's content security policy forbids `new Function`, which zod probes for its JIT; every schema imports z
// from here so the switch is set before any schema exists. zod/mini keeps the worker bundle small.
z.config({ jitless: true });

export { z };
