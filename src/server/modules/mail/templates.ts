import { type Locale, t } from '../../platform/i18n';

export const templates = [
  'invitation',
  'invitation_existing',
  'password_reset',
  // Listening (issue 10): reminders and replies; none of their links grants access to a login.
  'survey_reminder',
  'news_reminder',
  'news_comment',
  'suggestion_reply',
  'onboarding_due',
  // Training (issue 11): campaign, nudges, reminders, approvals, waiting list, overdue; links open Voce's pages only.
  'training_campaign',
  'training_nudge',
  'training_reminder',
  'training_approval',
  'training_promoted',
  'training_overdue',
  // Ambassador programme (issue 8): nominations, decisions, guidelines, reminders, alerts to comms; Voce's pages only.
  'programme_nomination',
  'programme_accepted',
  'programme_waitlisted',
  'programme_declined',
  'programme_invitation',
  'programme_guidelines',
  'programme_guidelines_minor',
  'programme_reminder',
  'programme_suspended',
  'programme_term_ended',
  'programme_valanga',
  // Events (issue 9): waiting list, reminders, story invitations, job swap approvals; Voce's pages only.
  'event_promoted',
  'event_reminder',
  'event_story_invite',
  'event_swap_approval',
  // Stories (issue 9): colleagues named in a story, the author told of the moderator's decision; Voce's pages only.
  'story_tagged',
  'story_approved',
  'story_changes_requested',
  'story_declined',
  // Recruiting (issue 12): the candidate's private status link (hidden: it opens their application), referral consent,
  // outcomes. Candidates have no login; the referral and outcome links open public pages only.
  'recruiting_status_link',
  'recruiting_referral',
  'recruiting_referral_reminder',
  'recruiting_outcome_hired',
  'recruiting_outcome_rejected',
  'recruiting_outcome_next_round',
  // Asynchronous interviews: the invitation and the one deadline reminder carry the candidate's magic link (hidden).
  'recruiting_interview_invite',
  'recruiting_interview_reminder',
] as const;
export type Template = (typeof templates)[number];

/**
 * Templates whose link grants access to an existing login: the outbox never shows their link (an administrator
 * could otherwise take over a colleague's account). Decided here, per template, so no caller can forget it.
 */
const linkGrantsAccess: Record<Template, boolean> = {
  invitation: false,
  // The link only adds a membership after the person signs in with their own password.
  invitation_existing: false,
  password_reset: true,
  survey_reminder: false,
  news_reminder: false,
  news_comment: false,
  suggestion_reply: false,
  onboarding_due: false,
  training_campaign: false,
  training_nudge: false,
  training_reminder: false,
  training_approval: false,
  training_promoted: false,
  training_overdue: false,
  programme_nomination: false,
  programme_accepted: false,
  programme_waitlisted: false,
  programme_declined: false,
  programme_invitation: false,
  programme_guidelines: false,
  programme_guidelines_minor: false,
  programme_reminder: false,
  programme_suspended: false,
  programme_term_ended: false,
  programme_valanga: false,
  event_promoted: false,
  event_reminder: false,
  event_story_invite: false,
  event_swap_approval: false,
  story_tagged: false,
  story_approved: false,
  story_changes_requested: false,
  story_declined: false,
  recruiting_status_link: true,
  recruiting_referral: false,
  recruiting_referral_reminder: false,
  recruiting_outcome_hired: false,
  recruiting_outcome_rejected: false,
  recruiting_outcome_next_round: false,
  recruiting_interview_invite: true,
  recruiting_interview_reminder: true,
};
export const hidesLink = (template: Template) => linkGrantsAccess[template];

/** Stands for a hidden link in the stored text and HTML (no character that HTML escaping would change). */
export const HIDDEN_LINK = '[[voce:hidden-link]]';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Renders subject, text and HTML from the mail catalogue (mail:<template>.subject / .body / .action). */
export function renderMail(template: Template, locale: Locale, vars: Record<string, string> & { url: string }) {
  const subject = t(locale, `mail:${template}.subject`, vars);
  const body = t(locale, `mail:${template}.body`, vars);
  const action = t(locale, `mail:${template}.action`, vars);
  const footer = t(locale, 'mail:footer', vars);
  const text = `${body}\n\n${action}: ${vars.url}\n\n${footer}`;
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif">
<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>
<p><a href="${escapeHtml(vars.url)}">${escapeHtml(action)}</a></p>
<p style="color:#555;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text, html };
}
