import type { MessageKey } from './sv';

/** English — the translation for the en locale. */
export const en: Record<MessageKey, string> = {
  'error.invalid': 'Invalid input',
  'error.not_found': 'Not found',
  'error.conflict': 'Someone else changed this',
  'error.locked': 'Can no longer be changed',
  'error.forbidden': 'You are not allowed to do this',
  'error.unauthorized': 'You need to sign in',
  'error.full': 'Full',
  'error.too_large': 'Request too large',
  'error.unavailable': 'Temporarily unavailable',
  'error.internal': 'Something went wrong on our side. Please try again in a moment.',

  'validation.required': 'The field {field} is required.',
  'validation.tooLong': 'The field {field} may be at most {max} characters.',
  'validation.oneOf': 'The field {field} must be one of: {options}.',
  'validation.type': 'The field {field} has the wrong type.',
  'validation.date': 'The field {field} must be a date (YYYY-MM-DD).',
  'validation.unknownField': 'Unknown field: {field}.',
  'validation.json': 'The body is not valid JSON.',
  'validation.body': 'The request has no body.',
  'validation.ifMatch': 'The If-Match header with the version you started from is required.',
  'validation.query': 'Invalid parameter {field}.',
  'validation.tooLarge': 'The body is too large (at most {max} bytes).',

  'auth.missingToken': 'Sign-in required: no token was sent.',
  'auth.invalidToken': 'Your sign-in could not be verified ({reason}). Please sign in again.',
  'auth.signInUnavailable': 'Sign-in cannot be checked right now. Please try again in a moment.',
  'auth.unknownDevUser': 'Unknown demo user: {id}.',
  'auth.forbidden': 'Your role ({role}) may not do this.',

  'conflict.stale': 'Someone else saved a change since you opened this. Look at the current version and make your change again.',

  'activity.notFound': 'Activity {key} does not exist.',
  'activity.resolutionRequired': 'Write a resolution note when you set the status to done (klar) or dropped (avförd).',

  'checklist.notFound': 'The checklist does not exist.',
  'checklist.itemNotFound': 'Item {id} is not in the checklist.',
  'checklist.unknownSection': 'Unknown section.',
  'checklist.evidenceUrl': 'The evidence link must start with http:// or https://.',
  'checklist.signedOff': 'The checklist has been signed by both parties and can no longer be changed.',
  'checklist.awaitingSignature': 'The checklist is waiting for the second signature and is locked. Withdraw the signature to change it.',
  'checklist.alreadySigned': 'The checklist has already been signed as {role}.',
  'checklist.sameSigner': 'The same person cannot sign for both the project and the administration.',
  'checklist.noSignature': 'You have no signature to withdraw.',
  'checklist.busy': 'Many people are changing the checklist at once. Please try again.',

  'role.reader': 'reader',
  'role.member': 'member',
  'role.förvaltningsledare': 'administration lead',
  'signer.projektägare': 'project owner',
  'signer.förvaltningsledare': 'administration lead',
};
