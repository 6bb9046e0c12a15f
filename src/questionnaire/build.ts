import { addMonths } from '../model/dates.js';
import type { Answers, SectionAnswers } from './types.js';
import { archivedFor, initiativePlatformNames, initiativesUsing, platformId, platformNames } from './platform-names.js';
import { slugify } from './slug.js';

export { platformId, platformNames };

/**
 * Answers -> the strategy they describe, as plain data in the order the file is written. Only
 * what was answered is written: an unanswered optional question leaves no empty field behind.
 */

type Data = Record<string, unknown>;

function compact<T extends Data>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

function section(answers: Answers, id: string): SectionAnswers {
  const value = answers[id];
  return value && !Array.isArray(value) ? (value as SectionAnswers) : {};
}

function entries(answers: Answers, id: string): SectionAnswers[] {
  const value = answers[id];
  return Array.isArray(value) ? (value as SectionAnswers[]) : [];
}

/** A list typed as text, separated by commas ("Comms lead, CIO"); none when nothing is left. */
function listOf(value: unknown): string[] | undefined {
  const items = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
  return items.length ? items : undefined;
}

function nonEmpty<T extends Data>(data: T): T | undefined {
  return Object.keys(data).length ? data : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function buildInitiative(a: SectionAnswers): Data {
  const endorsements = (a.endorsements as string[] | undefined) ?? [];
  const external = a.scope === 'external';
  const tracking = external
    ? compact({
        pixels: a.pixels as boolean | undefined,
        pageInsights: a.pageInsights as boolean | undefined,
        jointControllerArrangement: a.jointControllerArrangement,
        customAudiences: a.customAudiences as boolean | undefined,
        customAudienceBasis: a.customAudienceBasis,
        retargeting: a.retargeting as boolean | undefined,
        consent: a.consent,
        phiExcluded: a.phiExcluded as boolean | undefined,
      })
    : undefined;
  const metricId = slugify(str(a.kpiMetric) ?? 'outcome');
  const quantitative = compact({
    // The qualitative measure is always `qualitative`; the outcome KPI must not take the same id.
    id: metricId === 'qualitative' ? `${metricId}-outcome` : metricId,
    kind: 'quantitative',
    metric: a.kpiMetric,
    category: 'outcome',
    baseline: a.kpiBaseline,
    target: a.kpiTarget,
    unit: a.kpiUnit,
    cadence: a.kpiCadence,
    source: a.kpiSource,
  });
  return compact({
    id: a.id,
    name: a.name,
    scope: a.scope,
    stage: a.stage,
    businessNeed: a.businessNeed,
    supports: a.supports,
    starts: a.starts,
    ends: a.ends,
    audience: compact({ description: a.audience, size: a.audienceSize, under13: a.under13 }),
    platforms: initiativePlatformNames(a).length ? initiativePlatformNames(a).map(platformId) : undefined,
    adoption: external
      ? undefined
      : compact({
          licensed: a.audienceSize,
          champions: a.champions,
          silos: listOf(a.silos),
        }),
    personalData: compact({
      lawfulBasis: a.lawfulBasis,
      lia: a.lia,
      collection: a.collection,
      noticeUrl: a.noticeUrl,
      ropaId: a.ropaId,
      employeeAnalytics: a.employeeAnalytics === undefined ? undefined : compact({ used: a.employeeAnalytics, employeesInformed: a.employeesInformed }),
      tracking: tracking && Object.keys(tracking).length ? tracking : undefined,
      specialCategoryCondition: a.specialCategoryCondition,
      coppaPlan: a.coppaPlan,
      coppa: nonEmpty(compact({ thirdPartyDisclosure: a.coppaThirdParties, retentionPolicy: a.coppaRetentionPolicy, securityProgramme: a.coppaSecurityProgramme })),
      phiSafeguards: a.phiSafeguards,
      pia: a.pia,
    }),
    records: compact({
      series: a.recordSeries,
      dispositionAuthority: a.dispositionAuthority,
      retentionYears: a.retentionYears,
      accessibleYears: a.accessibleYears,
      captureMethod: a.captureMethod,
      captures: a.captures,
      archiver: a.archiver,
      captureTestedOn: a.captureTestedOn,
      wormStorage: a.wormStorage,
      legalHold: a.legalHold,
      erasureReconciled: a.erasureReconciled,
    }),
    supervision:
      a.preApproval === undefined
        ? undefined
        : compact({
            preApproval: a.preApproval,
            postReview: a.postReviewPct === undefined ? undefined : { method: 'Risk-based sample', samplePct: a.postReviewPct },
            representativeAccounts: a.representativeApproval === undefined ? undefined : { principalApproval: a.representativeApproval },
            thirdPartyContent: a.thirdPartyContent,
          }),
    moderation: external
      ? compact({
          guidelinesUrl: a.guidelinesUrl,
          spam: 'remove-and-block',
          sentimentNeutral: true,
          viewpointNeutral: a.viewpointNeutral,
          actionLog: a.actionLog,
          publicContentUnedited: a.publicContentUnedited,
          responseTimeHours: a.responseTimeHours,
        })
      : undefined,
    endorsements: endorsements.some((e) => e !== 'contests')
      ? compact({
          employeeAdvocacy: endorsements.includes('employeeAdvocacy') || undefined,
          influencers: endorsements.includes('influencers') || undefined,
          disclosureInPost: a.disclosureInPost,
          advocacyKitDisclosures: a.advocacyKitDisclosures,
        })
      : undefined,
    contests: endorsements.includes('contests') ? compact({ used: true, officialRules: a.officialRules }) : undefined,
    accessibility:
      a.accessible === undefined && a.accessibilityStandard === undefined
        ? undefined
        : compact({ standard: a.accessibilityStandard, altText: a.accessible, captions: a.accessible, complianceDate: a.accessibilityDate }),
    content:
      a.materialInformation === undefined && a.benefitClaims === undefined
        ? undefined
        : compact({ materialInformation: a.materialInformation, benefitClaims: a.benefitClaims }),
    kpis: [quantitative, ...(a.qualitative ? [{ id: 'qualitative', kind: 'qualitative', method: a.qualitative }] : [])],
    roi: compact({
      horizonMonths: 36,
      discountRatePct: 8,
      costs: cashFlows(a.costs),
      benefits: cashFlows(a.benefits),
    }),
    experiments:
      a.stage === 'pilot' && a.hypothesis
        ? [compact({ id: 'pilot', hypothesis: a.hypothesis, metric: quantitative.id, successCriteria: a.successCriteria, starts: a.starts, ends: a.ends })]
        : undefined,
  });
}

/** Costs or benefits as answered, item by item, in the order given; a zero amount is left out. */
function cashFlows(value: unknown): Data[] | undefined {
  const items = (Array.isArray(value) ? (value as Data[]) : []).filter((i) => typeof i.amount === 'number' && i.amount > 0);
  return items.length ? items.map((i) => compact({ item: i.item, amount: i.amount, recurrence: i.recurrence, startMonth: i.startMonth || undefined, basis: i.basis })) : undefined;
}

/**
 * The platforms the initiatives name, once each, with what Security was told about them and what
 * the platforms section answered for each (`details`, by platform name).
 */
export function buildPlatforms(initiatives: readonly SectionAnswers[], governance: SectionAnswers, details: readonly SectionAnswers[] = []): Data[] {
  const seen = new Map<string, Data>();
  for (const i of initiatives) for (const name of initiativePlatformNames(i)) {
    if (seen.has(platformId(name))) continue;
    const external = i.scope === 'external';
    const d = details.find((p) => p.platform === name) ?? {};
    seen.set(
      platformId(name),
      compact({
        id: platformId(name),
        name,
        hosting: external ? 'third-party' : 'saas',
        mfa: governance.mfa as boolean | undefined,
        linkedEmailMfa: governance.mfa as boolean | undefined,
        credentials: governance.vault === true ? (external ? 'vault' : 'platform-roles') : undefined,
        accountOwner: d.accountOwner,
        authorisedPosters: listOf(d.authorisedPosters),
        approvalWorkflow: d.approvalWorkflow,
        companyOwned: d.companyOwned as boolean | undefined,
        handleSecured: d.handleSecured as boolean | undefined,
        termsReviewed: d.termsReviewed,
        retention: d.retention,
        export: d.export as boolean | undefined,
        legalHold: d.legalHold as boolean | undefined,
        archiverConnector: archivedFor(initiativesUsing({ initiatives }, name)) || undefined,
      }),
    );
  }
  return [...seen.values()];
}

export function buildStrategy(answers: Answers, today: string): Data {
  const org = section(answers, 'organisation');
  const initiatives = entries(answers, 'initiatives');
  const governance = section(answers, 'governance');
  const stakeholders = section(answers, 'stakeholders');
  const leadership = section(answers, 'leadership');
  const owner = str(org.ownerName) ?? 'Chief Information Officer';
  const platforms = buildPlatforms(initiatives, governance, entries(answers, 'platforms'));
  const byName = new Map(platforms.map((p) => [p.name as string, p.id as string]));
  const roles: Record<string, string> = {
    privacy: 'Data Protection Officer',
    compliance: 'Chief Compliance Officer',
    legal: 'General Counsel',
    records: 'Records Manager',
    communications: 'VP Corporate Communications',
  };
  return {
    apiVersion: 'socialplan/v1',
    kind: 'SocialStrategy',
    metadata: compact({
      name: org.name,
      title: org.title,
      organization: org.organization,
      regulatoryTags: org.regulatoryTags,
      jurisdictions: org.jurisdictions,
      owner: compact({ name: owner, role: org.ownerRole, email: org.ownerEmail }),
      version: '0.1.0',
      status: 'draft',
      reviewBy: addMonths(today, 6),
      currency: org.currency,
      history: [{ version: '0.1.0', date: today, author: owner, summary: 'First draft, from the socialplan questionnaire.' }],
    }),
    alignment: compact({
      businessProblem: org.businessProblem,
      successAt12Months: org.successAt12Months,
      businessGoals: entries(answers, 'goals').map((g, i) => ({ id: `BG${i + 1}`, statement: g.statement })),
      itObjectives: entries(answers, 'objectives').map((o, i) => ({ id: `IT${i + 1}`, statement: o.statement, supports: o.supports })),
    }),
    initiatives: initiatives.map(buildInitiative),
    platforms,
    governance: compact({
      model: governance.model,
      roles: {
        it: 'Builder and controller: platforms, security, records capture',
        socialTeam: 'Enabler and orchestrator: guidelines, training, champions',
        businessLeaders: 'Own the outcomes and give up some control of the message',
      },
      policies: governance.policyUrl || governance.nlraReviewed ? [compact({ id: 'social-use', title: 'Employee social media policy', url: governance.policyUrl, nlraReviewed: governance.nlraReviewed })] : undefined,
      crisis: nonEmpty(
        compact({
          playbook: governance.crisisPlaybook,
          severityLevels: governance.crisisSeverityLevels,
          contacts: listOf(governance.crisisContacts),
          responseMinutes: governance.crisisResponseMinutes,
          lastTested: governance.crisisLastTested,
        }),
      ),
      approvedChannels: platforms.map((p) => p.id),
      personalMessaging: governance.personalMessaging,
      fakeEngagementBanned: governance.fakeEngagementBanned,
      impersonationProcess: governance.impersonationProcess,
      impersonationMonitoring: governance.impersonationMonitoring,
      accountTransfer: governance.accountTransfer,
      disclosureControlsCoverSocial: governance.disclosureControlsCoverSocial,
      openMeetings: governance.openMeetings,
      customerInformationIncidents: nonEmpty(compact({ programme: governance.incidentProgramme, noticeDays: governance.incidentNoticeDays })),
      experimentation: governance.recognition ? { recognition: governance.recognition } : undefined,
    }),
    // No channel chosen, no executive voice: Communications' checklist names it as an open item.
    leadership: ((leadership.channels as string[] | undefined) ?? []).length
      ? {
          executiveVoice: compact({
            person: owner,
            channels: (leadership.channels as string[]).map((name) => byName.get(name) ?? platformId(name)),
            cadence: leadership.cadence,
            hoursPerWeek: leadership.hoursPerWeek ?? 2,
          }),
        }
      : undefined,
    stakeholders: Object.fromEntries(
      Object.entries(roles)
        .filter(([id]) => str(stakeholders[id]))
        .map(([id, role]) => [id, { owner: stakeholders[id], role }]),
    ),
  };
}
