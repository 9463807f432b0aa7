/**
 * One generated case with its comments and activity, as the API would have stored them: the
 * attributes of `cases`, `cases-comments` and `cases-user-actions` saved objects, as the client
 * hands them to the cases service. The fields the service derives for the store (sort ranks,
 * custom field index fields) are not made here: the writers add them with the server's own
 * function (seeding_model.mjs `derive`), so they cannot drift from what the API writes.
 * Everything is drawn from the caller's seeded random source, in a fixed order, so case n is
 * the same on every run.
 *
 * The shape of the data follows a SOC's: most cases are security ones, most are low or
 * medium, old cases are mostly closed and recent ones mostly open, a few analysts do most of
 * the work, and comment counts are skewed (many cases have none or a few, some dozens).
 */
import { customFieldValues } from './custom_fields.mjs';
import { caseObservables } from './observables.mjs';
import { accountName, CATEGORIES, host, ipAddress, processName, sha256, tags, weighted, words } from './vocabulary.mjs';

const DAY = 86_400_000;
const NONE_CONNECTOR = { id: 'none', name: 'none', type: '.none', fields: null };

const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const toUser = (person) => ({ username: person.username, full_name: person.full_name, email: person.email, ...(person.profile_uid ? { profile_uid: person.profile_uid } : {}) });

function title(random) {
  return weighted(random, [
    [() => `${capitalized(words(random, 3))} on ${host(random)}`, 4],
    [() => `${capitalized(words(random, 2))} from ${ipAddress(random)}`, 2],
    [() => `${capitalized(words(random, 2))} by ${accountName(random)}`, 2],
    [() => capitalized(words(random, 4 + Math.floor(random() * 3))), 3],
  ])();
}

function description(random) {
  const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => `${capitalized(words(random, 6 + Math.floor(random() * 10)))}.`);
  const facts = [`- host: **${host(random)}**`, `- user: \`${accountName(random)}\``];
  if (random() < 0.6) facts.push(`- source ip: ${ipAddress(random)}`);
  if (random() < 0.4) facts.push(`- process: \`${processName(random)}\``);
  if (random() < 0.3) facts.push(`- sha256: \`${sha256(random)}\``);
  return `${sentences.join(' ')}\n\n${facts.join('\n')}`;
}

function commentText(random) {
  const text = `${capitalized(words(random, 5 + Math.floor(random() * 20)))}.`;
  return weighted(random, [
    [() => text, 5],
    [() => `${text} Isolated **${host(random)}**.`, 1],
    [() => `${text}\n\nBlocked ${ipAddress(random)} at the firewall.`, 1],
    [() => `${text}\n\n\`\`\`\n${processName(random)} ${sha256(random)}\n\`\`\``, 1],
  ])();
}

/** Exponential with the given mean, floored: many small counts, a long tail. */
const skewedCount = (random, mean) => (mean <= 0 ? 0 : Math.min(Math.floor(-Math.log(1 - random()) * (mean + 0.5)), mean * 8));

/** The comments, then the closing if the case is closed: each a little after the one before, never in the future. */
function activity(random, { createdMs, count, owner, pickPerson, closes }) {
  let at = createdMs;
  const later = () => (at = Math.min(Date.now() - 1000, at + Math.floor(random() * (DAY / 4)) + 60_000));
  const comments = Array.from({ length: count }, () => ({
    type: 'user',
    comment: commentText(random),
    owner,
    created_at: new Date(later()).toISOString(),
    created_by: toUser(pickPerson()),
    pushed_at: null,
    pushed_by: null,
    updated_at: null,
    updated_by: null,
  }));
  const closedMs = closes ? later() : null;
  return { comments, closedMs, lastMs: at };
}

/**
 * Case number `n` of `total`, created over the last year in number order, and its comments.
 * `people`: the analysts (with profile uids) who report, comment and are assigned; the first
 * ones do most of it.
 */
export function generateCase({ n, total, random, people, commentsPerCase }) {
  const pickPerson = () => people[Math.min(people.length - 1, Math.floor(random() ** 2 * people.length))];
  const age = (total - n) / total;
  const createdMs = Date.now() - age * 365 * DAY - 3_600_000;
  const status = weighted(random, [['closed', 0.1 + 0.8 * age], ['in-progress', 0.15], ['open', 0.75 - 0.7 * age]]);
  const severity = weighted(random, [['low', 45], ['medium', 35], ['high', 15], ['critical', 5]]);
  const reporter = toUser(pickPerson());
  const caseTitle = title(random);
  const caseTags = tags(random);
  const category = weighted(random, CATEGORIES);
  const assignees = [...new Set(Array.from({ length: weighted(random, [[0, 3], [1, 6], [2, 1]]) }, () => pickPerson().profile_uid))].filter(Boolean).map((uid) => ({ uid }));
  const owner = weighted(random, [['securitySolution', 80], ['observability', 15], ['cases', 5]]);
  const caseDescription = description(random);

  const { comments, closedMs, lastMs } = activity(random, { createdMs, count: skewedCount(random, commentsPerCase), owner, pickPerson, closes: status === 'closed' });
  const inProgressAt = status === 'open' ? null : new Date(Math.min(Date.now() - 1000, createdMs + 60_000 + Math.floor(random() * 3_600_000))).toISOString();
  const closedAt = closedMs ? new Date(closedMs).toISOString() : null;
  const touched = comments.length > 0 || status !== 'open' || random() < 0.3;
  const updatedAt = touched ? new Date(Math.max(lastMs, createdMs + 60_000)).toISOString() : null;
  const closer = closedAt ? toUser(pickPerson()) : null;

  const attributes = {
    title: caseTitle,
    description: caseDescription,
    tags: caseTags,
    owner,
    status,
    severity,
    assignees,
    category,
    connector: NONE_CONNECTOR,
    settings: { syncAlerts: random() < 0.7 },
    external_service: null,
    customFields: customFieldValues(n, owner),
    observables: caseObservables(n, new Date(createdMs).toISOString()),
    incremental_id: n,
    created_at: new Date(createdMs).toISOString(),
    created_by: reporter,
    updated_at: updatedAt,
    updated_by: updatedAt ? closer ?? reporter : null,
    closed_at: closedAt,
    closed_by: closer,
    duration: closedAt ? Math.round((Date.parse(closedAt) - createdMs) / 1000) : null,
    in_progress_at: inProgressAt,
    time_to_acknowledge: null,
    time_to_investigate: null,
    time_to_resolve: null,
  };
  return { attributes, comments };
}

/** The log entry the API writes when a case is created (`create_case`, the case as submitted). */
export function createCaseUserAction(caseId, c) {
  const { title: t, description: d, tags: g, connector, settings, owner, severity, assignees, category, customFields } = c;
  return {
    action: 'create',
    type: 'create_case',
    payload: { title: t, description: d, tags: g, connector, settings, owner, severity, assignees, category, customFields, status: 'open' },
    created_at: c.created_at,
    created_by: c.created_by,
    owner,
    comment_id: null,
    case_id: caseId,
  };
}

/** The log entry the API writes when a user comment is added. */
export function addCommentUserAction(caseId, commentId, comment) {
  return {
    action: 'create',
    type: 'comment',
    payload: { comment: { type: comment.type, comment: comment.comment, owner: comment.owner } },
    created_at: comment.created_at,
    created_by: comment.created_by,
    owner: comment.owner,
    comment_id: commentId,
    case_id: caseId,
  };
}
