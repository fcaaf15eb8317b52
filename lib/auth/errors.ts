// The typed errors live with the workflow (lib/workflow/errors.ts); auth,
// users and categories throw the same classes so one describeError() and one
// instanceof check cover every staff form.
export {
  ConflictError,
  type FieldErrors,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../workflow/errors';
