import { z } from 'zod';

/** Declares a call: `call<Result>()(inputSchema)`. The result type is carried only at the type level. */
export const call =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

export const noInput = z.object({}).strict();
export const id = z.number().int().positive();
export const accountRef = z.object({ accountId: id }).strict();
export const isoDateTime = z.iso.datetime({ offset: true });
