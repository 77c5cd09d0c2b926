import { admin } from './en/admin';
import { roster } from './en/roster';
import { rules } from './en/rules';
import { sessions } from './en/sessions';
import type { core as base, DeepStrings, Messages } from './zh-CN';

const core: DeepStrings<typeof base> = {
  app: {
    title: "People's Congress Work Platform",
    loading: 'Loading…',
    language: 'Language',
    notFound: 'Page not found',
    notFoundText: 'The page you asked for does not exist or has moved.',
    forbidden: 'Not allowed',
    forbiddenText: 'Your account may not open this page.',
    backHome: 'Back to home',
    crashed: 'Something went wrong',
    crashedText: 'This page failed to display. Reload and try again.',
    reload: 'Reload',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    create: 'Create',
    edit: 'Edit',
    actions: 'Actions',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy; select the text and copy it by hand',
    total: '{{count}} in total',
    previous: 'Back',
    saved: 'Saved',
  },
  nav: {
    home: 'Home',
    sessions: 'Sessions & votes',
    suggestions: 'Bills & suggestions',
    supervision: 'Supervision',
    liaison: 'Liaison & openness',
    archive: 'Archive',
    roster: 'Roster',
    profileRules: 'Rule profile',
    accounts: 'Accounts',
    audit: 'Audit log',
    me: 'My account',
  },
  roles: {
    admin: 'Congress office (administrator)',
    presiding: 'Presiding officer / presidium',
    deputy: 'Deputy',
    unit: 'Handling unit',
    scrutineer: 'Scrutineer / teller',
  },
  header: { logout: 'Sign out', openMenu: 'Open menu' },
  auth: {
    loginTitle: 'Sign in',
    loginSubtitle: 'Use the account the congress office gave you',
    username: 'Username',
    password: 'Password',
    login: 'Sign in',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    mustChangeTitle: 'Change your initial password',
    mustChangeText:
      'To keep the account safe, set a new password after the first sign-in or a reset before using anything else.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    passwordRule: 'At least 10 characters, with both letters and digits.',
    passwordMismatch: 'The two new passwords differ',
    passwordSameAsOld: 'The new password must differ from the current one',
    passwordChanged: 'Password changed',
    changePassword: 'Change password',
  },
  errors: {
    network: 'Cannot reach the server. Check the network and try again.',
    unknown: 'An unexpected error occurred.',
    requestId: 'Request id',
    staleVersion: 'Someone else changed this record. The latest version is loaded; check it and save again.',
    fileTooLarge: 'The file is too large: upload at most 10 MB.',
    row: 'Row {{row}}',
    field: {
      required: 'Required',
      tooShort: 'At least {{min}} characters',
      tooLong: 'At most {{max}} characters',
      tooSmall: 'Must be at least {{min}}',
      tooBig: 'Must be at most {{max}}',
      email: 'Enter a valid email address',
      date: 'Enter a valid date (YYYY-MM-DD)',
      format: 'Wrong format',
      choice: 'Choose from the list',
      invalid: 'Not valid',
      password: 'At least 10 characters with both letters and digits',
    },
  },
  capability: {
    title: '{{name}} is being built',
    badge: 'In development',
    sessions:
      'It will prepare congress and standing committee sessions, take attendance, run electronic votes and count election ballots, checking every result against the statutory thresholds.',
    suggestions:
      'It will track deputies’ bills and suggestions from submission and assignment through handling, reply and the deputy’s satisfaction rating.',
    supervision:
      'It will follow special work reports, law-enforcement inspections, review opinions and the rectification that follows them.',
    liaison:
      'It will record liaison-station activities, collect and handle residents’ opinions, and publish deputies’ work.',
    archive:
      'It will gather session documents, resolutions and decisions, and deputies’ records for search and reading.',
  },
  dashboard: {
    welcome: 'Welcome, {{name}}',
    deputiesInOffice: 'Deputies in office',
    units: 'Handling units',
    scMembers: 'Standing committee members',
    byDelegation: 'Deputies by delegation',
    byGender: 'Deputies by gender',
    byStatus: 'Deputies by status',
    people: 'People',
    empty: 'No roster data yet',
  },
  me: {
    title: 'My account',
    details: 'Account details',
    username: 'Username',
    displayName: 'Name',
    role: 'Role',
    jurisdiction: 'Congress',
    linkedDeputy: 'Linked deputy',
    linkedUnit: 'Linked unit',
  },
};

/** English. */
export const en: Messages = { ...core, ...roster, ...admin, ...sessions, rules };
