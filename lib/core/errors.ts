/**
 * Refusals lib/ throws on purpose, whatever the domain (workflow, accounts,
 * categories, uploads). Each carries a Vietnamese message safe to show to
 * staff as is; Server Actions turn them into form state with fromError()
 * (lib/forms/action-state.ts). Anything else is a bug and should propagate.
 */
export abstract class DomainError extends Error {
  abstract readonly code: 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION' | 'NOT_FOUND';
}

/** The actor may not do this (role, state or the four-eyes rule). */
export class ForbiddenError extends DomainError {
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
export class ConflictError extends DomainError {
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
export class ValidationError extends DomainError {
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
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    message = 'Không tìm thấy bài viết hoặc phiên bản này. Có thể đường dẫn không đúng.',
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}
