/** Swedish — the language users see first. Every key here must exist in en.ts (the type checks it). */
export const sv = {
  'error.invalid': 'Ogiltig uppgift',
  'error.not_found': 'Hittades inte',
  'error.conflict': 'Någon annan har ändrat detta',
  'error.locked': 'Kan inte längre ändras',
  'error.forbidden': 'Du har inte behörighet',
  'error.unauthorized': 'Du behöver logga in',
  'error.full': 'Fullt',
  'error.too_large': 'För stor förfrågan',
  'error.unavailable': 'Tillfälligt otillgängligt',
  'error.internal': 'Något gick fel hos oss. Försök igen om en stund.',

  'validation.required': 'Fältet {field} måste fyllas i.',
  'validation.tooLong': 'Fältet {field} får vara högst {max} tecken.',
  'validation.oneOf': 'Fältet {field} måste vara ett av: {options}.',
  'validation.type': 'Fältet {field} har fel typ.',
  'validation.date': 'Fältet {field} måste vara ett datum (ÅÅÅÅ-MM-DD).',
  'validation.unknownField': 'Okänt fält: {field}.',
  'validation.json': 'Innehållet är inte giltig JSON.',
  'validation.body': 'Förfrågan saknar innehåll.',
  'validation.ifMatch': 'Rubriken If-Match med versionen du utgår från krävs.',
  'validation.query': 'Ogiltig parameter {field}.',
  'validation.tooLarge': 'Innehållet är för stort (högst {max} byte).',

  'auth.missingToken': 'Inloggning krävs: ingen token skickades.',
  'auth.invalidToken': 'Inloggningen kunde inte verifieras ({reason}). Logga in igen.',
  'auth.signInUnavailable': 'Inloggningen kan inte kontrolleras just nu. Försök igen om en stund.',
  'auth.unknownDevUser': 'Okänd demoanvändare: {id}.',
  'auth.forbidden': 'Din roll ({role}) får inte göra detta.',

  'conflict.stale': 'Någon annan har sparat en ändring sedan du öppnade posten. Se den aktuella versionen och gör din ändring igen.',

  'activity.notFound': 'Aktiviteten {key} finns inte.',
  'activity.resolutionRequired': 'Skriv en avslutsnotering när du sätter status klar eller avförd.',

  'checklist.notFound': 'Checklistan finns inte.',
  'checklist.itemNotFound': 'Punkten {id} finns inte i checklistan.',
  'checklist.unknownSection': 'Okänt avsnitt.',
  'checklist.evidenceUrl': 'Länken till underlaget måste börja med http:// eller https://.',
  'checklist.signedOff': 'Checklistan är signerad av båda parter och kan inte längre ändras.',
  'checklist.awaitingSignature': 'Checklistan väntar på den andra signaturen och är låst. Dra tillbaka signaturen för att ändra.',
  'checklist.alreadySigned': 'Checklistan är redan signerad som {role}.',
  'checklist.sameSigner': 'Samma person kan inte signera för både projektet och förvaltningen.',
  'checklist.noSignature': 'Du har ingen signatur att dra tillbaka.',
  'checklist.busy': 'Checklistan ändras av många samtidigt. Försök igen.',

  'role.reader': 'läsare',
  'role.member': 'medlem',
  'role.förvaltningsledare': 'förvaltningsledare',
  'signer.projektägare': 'projektägare',
  'signer.förvaltningsledare': 'förvaltningsledare',
} as const;

export type MessageKey = keyof typeof sv;
