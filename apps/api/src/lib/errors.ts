import type { ErrorCode, FieldIssue } from '@jx/contract';

/** An error the caller caused or may see; the error handler turns it into `{error:{code,message,details}}`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(issues: FieldIssue[], message = issues[0]?.message ?? '输入有误') {
    super(400, 'VALIDATION_FAILED', message, { issues });
  }
  static field(path: string, message: string) {
    return new ValidationError([{ path, message }]);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = '请先登录', code: ErrorCode = 'UNAUTHENTICATED') {
    super(401, code, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = '没有权限执行此操作', code: ErrorCode = 'FORBIDDEN') {
    super(403, code, message);
  }
}
export class NotFoundError extends AppError {
  constructor(what = '记录') {
    super(404, 'NOT_FOUND', `${what}不存在`);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super(409, 'CONFLICT', message, details);
  }
}
export class VersionConflictError extends AppError {
  constructor(what = '记录') {
    super(409, 'VERSION_CONFLICT', `${what}已被他人修改，请刷新后重试`);
  }
}
export class InvalidStateError extends AppError {
  constructor(message: string) {
    super(409, 'INVALID_STATE', message);
  }
}
