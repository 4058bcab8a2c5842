/**
 * Texts of the trainings view about Outlook invitations (TRAININGS_MAILBOX on): the organiser's
 * state of a training's invitations and what the administrator can do, the form's note that the
 * Teams meeting comes with the invitation, and the staff member's note that it reaches their
 * calendar. Swedish first; en must have every key.
 */
export const sv = {
  // The organiser's state of one training's invitations
  'tab.trainings.invitation.upToDate': 'Inbjudningar i Outlook: uppdaterade',
  'tab.trainings.invitation.pending': 'Inbjudningar i Outlook: väntar på att skickas',
  'tab.trainings.invitation.pendingUnavailable': 'Inbjudningar i Outlook: väntar – Outlook svarar inte just nu, försöker igen',
  'tab.trainings.invitation.failed': 'Inbjudningar i Outlook: stoppade',
  'tab.trainings.invitation.reason.mailboxMissing': 'Utbildningsbrevlådan finns inte.',
  'tab.trainings.invitation.reason.permissionMissing': 'Appen saknar behörighet till brevlådan.',
  'tab.trainings.invitation.reason.eventMissing': 'Händelsen har tagits bort i brevlådan.',
  'tab.trainings.invitation.reason.unknown': 'Brevlådan tog inte emot ändringen.',
  'tab.trainings.invitation.hint.mailboxMissing': 'Be administratören kontrollera brevlådans adress i inställningen TRAININGS_MAILBOX.',
  'tab.trainings.invitation.hint.permissionMissing':
    'Be administratören ge appen behörigheten Calendars.ReadWrite och en åtkomstpolicy för brevlådan.',
  'tab.trainings.invitation.hint.eventMissing':
    'Appen skapar händelsen på nytt och bjuder in alla med plats. Ta inte bort utbildningarnas händelser i utbildningsbrevlådan.',
  'tab.trainings.invitation.hint.unknown': 'Be administratören titta i appens logg.',
  'tab.trainings.invitation.nothingLost': 'Inget går förlorat: appen försöker igen med jämna mellanrum och skickar inbjudningarna när felet är åtgärdat.',
  'tab.trainings.invitation.syncedAt': 'Senast skickade till Outlook {time}',
  'tab.trainings.invitation.neverSynced': 'Inget har skickats till Outlook ännu.',
  'tab.trainings.invitation.uninvitable': 'Kan inte bjudas in (ingen e-postadress känd): {names}',
  'tab.trainings.invitation.announce': '{title}. {state}',

  // The create/edit form
  'tab.trainings.invitation.formNote': 'Teams-mötet skapas med inbjudan i Outlook.',
  'tab.trainings.invitation.formNoteDetail':
    'De som får en plats får en inbjudan med länken till Teams-mötet i sin Outlook-kalender. Ange en plats om utbildningen också hålls på plats.',

  // A staff member with a seat
  'tab.trainings.invitation.coming': 'Inbjudan kommer till din Outlook-kalender',
  'tab.trainings.invitation.announceSignedUp': 'Du är anmäld till {title}. Inbjudan kommer till din Outlook-kalender.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'tab.trainings.invitation.upToDate': 'Outlook invitations: up to date',
  'tab.trainings.invitation.pending': 'Outlook invitations: waiting to be sent',
  'tab.trainings.invitation.pendingUnavailable': 'Outlook invitations: waiting – Outlook is not answering right now, trying again',
  'tab.trainings.invitation.failed': 'Outlook invitations: stopped',
  'tab.trainings.invitation.reason.mailboxMissing': 'The trainings mailbox does not exist.',
  'tab.trainings.invitation.reason.permissionMissing': 'The app has no permission for the mailbox.',
  'tab.trainings.invitation.reason.eventMissing': 'The event has been deleted in the mailbox.',
  'tab.trainings.invitation.reason.unknown': 'The mailbox did not take the change.',
  'tab.trainings.invitation.hint.mailboxMissing': 'Ask the administrator to check the mailbox address in the TRAININGS_MAILBOX setting.',
  'tab.trainings.invitation.hint.permissionMissing':
    'Ask the administrator to give the app the Calendars.ReadWrite permission and an access policy for the mailbox.',
  'tab.trainings.invitation.hint.eventMissing':
    'The app makes the event anew and invites everyone with a seat. Do not delete the trainings’ events in the trainings mailbox.',
  'tab.trainings.invitation.hint.unknown': 'Ask the administrator to look at the app’s log.',
  'tab.trainings.invitation.nothingLost': 'Nothing is lost: the app tries again regularly and sends the invitations once the problem is fixed.',
  'tab.trainings.invitation.syncedAt': 'Last sent to Outlook {time}',
  'tab.trainings.invitation.neverSynced': 'Nothing has been sent to Outlook yet.',
  'tab.trainings.invitation.uninvitable': 'Cannot be invited (no e-mail address known): {names}',
  'tab.trainings.invitation.announce': '{title}. {state}',

  'tab.trainings.invitation.formNote': 'The Teams meeting is created with the Outlook invitation.',
  'tab.trainings.invitation.formNoteDetail':
    'Those who get a seat get an invitation with the Teams meeting link in their Outlook calendar. Enter a place if the training is also held on site.',

  'tab.trainings.invitation.coming': 'The invitation comes to your Outlook calendar',
  'tab.trainings.invitation.announceSignedUp': 'You are signed up for {title}. The invitation comes to your Outlook calendar.',
};
