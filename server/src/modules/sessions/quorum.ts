import { minimumCount, type Quorum, type RuleProfile } from '@renda/shared';
import type { DbOrTx } from '../../platform/db/database';
import { attendanceCounts, type SessionRow } from './sessions.repository';

/** The profile's threshold rules that depend on which body meets. */
export function rulesFor(profile: RuleProfile, body: string) {
  return body === 'standing_committee'
    ? {
        quorum: profile.standingCommittee.quorum,
        pass: profile.standingCommittee.decisionPass,
        electionPass: profile.standingCommittee.decisionPass,
        baseKind: 'members_in_office' as const,
      }
    : {
        quorum: profile.session.quorum,
        pass: profile.session.resolutionPass,
        electionPass: profile.session.electionPass,
        baseKind: 'deputies_in_office' as const,
      };
}

/**
 * 法定人数: a congress session sits with at least 2/3 of its deputies present (地方组织法 第十四条第四款),
 * a standing-committee meeting with more than half of its members (第五十一条) — as the profile says.
 */
export async function quorumOf(
  db: DbOrTx,
  jid: string,
  session: SessionRow,
  profile: RuleProfile,
): Promise<Quorum> {
  const rule = rulesFor(profile, session.body).quorum;
  const c = await attendanceCounts(db, jid, session);
  const needed = minimumCount(c.inOffice, rule);
  return {
    inOffice: c.inOffice,
    present: c.present,
    onLeave: c.onLeave,
    absent: c.inOffice - c.present - c.onLeave,
    needed,
    met: c.inOffice > 0 && c.present >= needed,
    rule,
  };
}
