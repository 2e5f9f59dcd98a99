/** Typed access to the validators that scripts/build.mjs compiles from schemas/ (ajv standalone code). */
import type { ErrorObject } from 'ajv';
import * as generated from './generated/validators';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateStrategy = generated.validateStrategy as Validator;
export const validateConfig = generated.validateConfig as Validator;
