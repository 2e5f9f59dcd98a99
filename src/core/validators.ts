/** Typed access to the validators that scripts/build.mjs compiles from schemas/ (ajv standalone code). */
import type { ErrorObject } from 'ajv';
import * as generated from './generated/validators';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateStrategy = generated.validateStrategy as Validator;
export const validateConfig = generated.validateConfig as Validator;
/** The `--cache` file's parts (schemas/partnerlint-cache.schema.json): the CLI's own state, checked when read. */
export const validateCacheFile = generated.validateCacheFile as Validator;
export const validateCacheEntry = generated.validateCacheEntry as Validator;
export const validateCacheReadiness = generated.validateCacheReadiness as Validator;
