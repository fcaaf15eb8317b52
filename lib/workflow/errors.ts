/**
 * Errors the workflow throws on purpose. Each carries a Vietnamese message
 * safe to show to staff as is; Server Actions turn them into form state with
 * describeError(). Anything else is a bug and should propagate.
 */
export abstract class WorkflowError extends Error {
  abstract readonly code: 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION' | 'NOT_FOUND';
}

/** The actor may not do this (role, state or the four-eyes rule). */
export class ForbiddenError extends WorkflowError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/**
 * Someone else changed the revision first (or the request was based on an
 * out-of-date version). Nothing was written; the user's input is intact.
 */
export class ConflictError extends WorkflowError {
  readonly code = 'CONFLICT';
  constructor(
    message = 'Bài viết vừa được người khác thay đổi nên thao tác của bạn chưa được thực hiện. Nội dung bạn nhập vẫn được giữ nguyên; hãy mở lại bài trong một thẻ mới để xem bản mới nhất rồi thử lại.',
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

export type FieldErrors = Record<string, string[]>;

/** Input that cannot be accepted, with a message per form field. */
export class ValidationError extends WorkflowError {
  readonly code = 'VALIDATION';
  readonly fieldErrors: FieldErrors;
  constructor(
    fieldErrors: FieldErrors,
    message = 'Vui lòng kiểm tra lại các trường được đánh dấu.',
  ) {
    super(message);
    this.name = 'ValidationError';
    this.fieldErrors = fieldErrors;
  }
}

/** No such article or revision (also what a forged id gets). */
export class NotFoundError extends WorkflowError {
  readonly code = 'NOT_FOUND';
  constructor(
    message = 'Không tìm thấy bài viết hoặc phiên bản này. Có thể đường dẫn không đúng.',
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/**
 * The user-facing part of a workflow error, shaped for ActionState; null for
 * any other error, which the caller should rethrow.
 */
export function describeError(
  error: unknown,
): { ok: false; message: string; fieldErrors?: FieldErrors } | null {
  if (error instanceof ValidationError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof WorkflowError) return { ok: false, message: error.message };
  return null;
}
