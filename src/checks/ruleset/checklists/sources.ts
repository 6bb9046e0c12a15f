import type { Source } from '../../engine/rule.js';

/**
 * The sources the built-in rules cite, each with the address of its official text and the day it was
 * last read against what the rule says. One place, so a re-verification updates every rule that cites
 * the source, and `socialplan checklists --sources` lists them all. Where the official page could not
 * be read and a faithful copy was, `note` names the copy.
 */

const CHECKED = '2026-12-06';

function source(title: string, url: string, section?: string, note?: string, verified = CHECKED): Source {
  return { title, ...(section ? { section } : {}), url, verified, ...(note ? { note } : {}) };
}

const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const UK_GDPR_URL = 'https://www.legislation.gov.uk/eur/2016/679/contents';

/** The EU GDPR and the UK GDPR, which keeps the article numbers: every GDPR rule cites both. */
export function gdpr(article: string, note?: string): Source[] {
  return [
    source('GDPR', GDPR_URL, article, note),
    source('UK GDPR', UK_GDPR_URL, article, 'the retained Regulation as amended, including by the Data (Use and Access) Act 2025'),
  ];
}

export const S = {
  // EU and UK
  pecr: source(
    'PECR (Privacy and Electronic Communications Regulations 2003)',
    'https://www.legislation.gov.uk/uksi/2003/2426/schedules',
    'reg. 6 and Sch. A1',
    'storing or reading information on a user’s device needs clear information and consent, save the listed exceptions (Sch. A1 inserted from 2026-02-05 by the Data (Use and Access) Act 2025)',
  ),
  ePrivacy: source(
    'ePrivacy Directive 2002/58/EC',
    'https://eur-lex.europa.eu/eli/dir/2002/58/oj',
    'art. 5(3)',
    'consent before storing or reading information on a user’s device, as amended by Directive 2009/136/EC',
  ),
  edpbTargeting: source(
    'EDPB Guidelines 8/2020 on the targeting of social media users, version 2.0 (13 April 2021)',
    'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-82020-targeting-social-media-users_en',
    'sections 5.2-5.4',
    'the basis is consent or legitimate interests depending on the targeting mechanism; observed data from pixels and cookies needs consent under ePrivacy art. 5(3); the targeter needs its own basis for uploaded customer lists. Read in a copy of the consultation version; v2.0 keeps the structure',
  ),
  wirtschaftsakademie: source(
    'CJEU, C-210/16 Wirtschaftsakademie Schleswig-Holstein (5 June 2018), ECLI:EU:C:2018:388',
    'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62016CJ0210',
    undefined,
    'the administrator of a fan page is a controller jointly with the platform for the page insights it collects (decided under Directive 95/46)',
  ),
  fashionId: source(
    'CJEU, C-40/17 Fashion ID (29 July 2019), ECLI:EU:C:2019:629',
    'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62017CJ0040',
    undefined,
    'a site that embeds a platform plug-in is a joint controller for the collection and transmission of visitors’ data only, not for what the platform does afterwards',
  ),
  aiAct: source(
    'EU AI Act, Regulation (EU) 2024/1689',
    'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    'art. 50',
    'from 2026-08-02: a provider’s AI system that talks to people tells them so (50(1)); a deployer discloses deep fakes and AI-generated text published to inform the public, unless a person reviewed it and holds editorial responsibility (50(4)). Read in an annotated copy',
  ),
  eaa: source(
    'European Accessibility Act, Directive (EU) 2019/882',
    'https://eur-lex.europa.eu/eli/dir/2019/882/oj',
    'arts. 2(2) and 31',
    'from 2025-06-28, e-commerce services and consumer banking services, among others, must be accessible; microenterprises providing services are exempt; an ordinary social media presence is not a listed service. Read in a copy',
  ),
  ucpd: source(
    'Unfair Commercial Practices Directive 2005/29/EC, as amended by Directive (EU) 2019/2161',
    'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
    'art. 7(2); Annex I points 11 and 23c',
    'a trader that hides the commercial intent of a practice omits material information (7(2)); paid promotion presented as editorial content (point 11), and submitting or commissioning false consumer reviews or endorsements, or misrepresenting consumer reviews or social endorsements (point 23c, from 2022-05-28), are unfair in all circumstances. Point 23c read in verbatim copies; the rest in the consolidated text’s summaries',
    '2026-12-07',
  ),
  dsa: source(
    'Digital Services Act, Regulation (EU) 2022/2065',
    'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
    'arts. 16, 17 and 20',
    'a hosting service provides notice and action (16) and statements of reasons (17); an online platform, unless a micro or small enterprise (art. 19), an internal complaint-handling system (20); applies from 2024-02-17. Read in a copy',
  ),
  onlineSafetyAct: source(
    'Online Safety Act 2023',
    'https://www.legislation.gov.uk/ukpga/2023/50/contents',
    'ss. 9, 10, 20 and 21; Sch. 1 para. 4',
    'a user-to-user service assesses the risk of illegal content, acts on it, and offers reporting and complaints; comments and reviews on the provider’s own content alone are exempt (Sch. 1 para. 4)',
  ),
  onlineSafetyPublicBodies: source(
    'Online Safety Act 2023, Schedule 1',
    'https://www.legislation.gov.uk/ukpga/2023/50/schedule/1',
    'para. 9',
    'services provided by public bodies are exempt user-to-user services. Read in the schedule’s headings on legislation.gov.uk and a practitioner’s table of the exemptions; the paragraph’s conditions were not read in full',
    '2026-12-07',
  ),
  equalityAct: source('Equality Act 2010', 'https://www.legislation.gov.uk/ukpga/2010/15/section/29', 'ss. 20 and 29', 'service providers, public bodies included, make reasonable adjustments for disabled people'),
  psbar: source(
    'Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, SI 2018/952',
    'https://www.legislation.gov.uk/uksi/2018/952/contents',
    'reg. 4(2)(e)',
    'a public body’s own website and apps meet WCAG 2.1 AA (GDS monitors against 2.2 AA); third-party content neither funded, developed nor controlled by the body is out of scope, so posts on a social network are judged under the Equality Act instead',
  ),
  capCode: source(
    'CAP Code (UK Code of Non-broadcast Advertising and Direct & Promotional Marketing)',
    'https://www.asa.org.uk/type/non_broadcast/code_section/02.html',
    'rules 2.1 and 2.3',
    'marketing communications must be obviously identifiable as such; CAP and CMA’s influencers’ guide asks for an upfront label such as #ad',
  ),
  nhsRecordsCode: source(
    'NHS England, Records Management Code of Practice (2021, updated 2023)',
    'https://transform.england.nhs.uk/information-governance/guidance/records-management-code/records-management-code-of-practice',
    'retention schedule (Appendix II)',
    'applies to all records NHS organisations create, whatever the medium, and sets their minimum retention periods',
  ),
  icoDpo: source(
    'ICO, Data protection officers',
    'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-officers/',
    undefined,
    'a public authority, and an organisation whose core activities are large-scale processing of special-category data, must appoint a DPO',
  ),

  // United States: privacy and consumer protection
  ccpaBusiness: source(
    'Cal. Civ. Code',
    'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.140',
    '1798.140(d)(1)',
    'the CCPA binds a “business”: an entity organized or operated for the profit or financial benefit of its shareholders or other owners, so not a public body. Read in verbatim copies of the subsection',
    '2026-12-07',
  ),
  stateUoomScope: source(
    'State consumer privacy acts: scope',
    'https://coag.gov/resources/colorado-privacy-act/',
    undefined,
    'the acts with opt-out signal duties bind controllers that conduct business in the state or target its residents with products or services; state and local government bodies are not such controllers, and most of the acts exempt them in terms. The exemption texts were not read in full',
    '2026-12-07',
  ),
  ccpaNotice: source('Cal. Civ. Code', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.100', '1798.100(a)', 'a business informs consumers at or before the point of collection'),
  ccpaOptOut: source('Cal. Civ. Code', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=1798.120', '1798.120 and 1798.135', 'the right to opt out of the sale or sharing of personal information'),
  ccpaSignals: source(
    '11 CCR',
    'https://cppa.ca.gov/regulations/',
    '7025',
    'a business that sells or shares personal information processes opt-out preference signals such as Global Privacy Control as a valid opt-out. Read in the Cornell LII copy',
  ),
  coloradoUoom: source('Colorado Privacy Act, C.R.S. 6-1-1306(1)(a)(IV)', 'https://coag.gov/uoom/', undefined, 'controllers honour universal opt-out mechanisms for targeted advertising and sale from 2024-07-01'),
  connecticutUoom: source('Connecticut Data Privacy Act, Conn. Gen. Stat. 42-520', 'https://www.cga.ct.gov/current/pub/chap_743jj.htm#sec_42-520', undefined, 'opt-out preference signals honoured from 2025-01-01'),
  oregonUoom: source('Oregon Consumer Privacy Act, ORS 646A.578', 'https://www.oregonlegislature.gov/bills_laws/ors/ors646A.html', undefined, 'opt-out preference signals honoured from 2026-01-01'),
  delawareUoom: source('Delaware Personal Data Privacy Act, 6 Del. C. 12D-104', 'https://delcode.delaware.gov/title6/c012d/index.html', undefined, 'opt-out preference signals honoured from 2026-01-01'),
  montanaUoom: source('Montana Consumer Data Privacy Act, MCA 30-14-2809(3)(b)', 'https://archive.legmt.gov/bills/mca/title_0300/chapter_0140/part_0280/section_0090/0300-0140-0280-0090.html', undefined, 'opt-out preference signals honoured from 2025-01-01'),
  newJerseyUoom: source('New Jersey Data Privacy Act, N.J.S.A. 56:8-166.11(b)(1)', 'https://www.njleg.state.nj.us/', undefined, 'universal opt-out mechanisms honoured six months after the Act took effect on 2025-01-15'),
  coppaScope: source(
    '16 CFR Part 312 (COPPA Rule)',
    'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-312/section-312.3',
    '312.2 and 312.3',
    'applies to an operator of a website or online service directed to children under 13, or with actual knowledge that it collects personal information from a child; an operator runs it for commercial purposes (312.2), so a public body is not one. The commercial-purposes limb read in copies of 312.2 on 2026-12-07',
  ),
  coppa2025: source(
    'COPPA Rule amendments, 90 FR 16918 (2025-04-22)',
    'https://www.federalregister.gov/documents/2025/04/22/2025-05904/childrens-online-privacy-protection-rule',
    '312.5(a)(2), 312.8, 312.10',
    'effective 2025-06-23, compliance date 2026-04-22: separate verifiable parental consent before disclosing a child’s information to third parties, a written information security programme and a written data retention policy',
  ),
  hipaaUses: source(
    '45 CFR 164.502 (HIPAA Privacy Rule)',
    'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502',
    '(a)',
    'a covered entity may not use or disclose protected health information except as the Privacy Rule permits; confirming that someone is a patient in a public reply is a disclosure',
  ),
  hipaaMarketing: source(
    '45 CFR 164.508 (HIPAA Privacy Rule)',
    'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508',
    '(a)(3)',
    'using protected health information for marketing needs the individual’s written authorisation',
  ),
  ocrReviewReplies: source(
    'HHS OCR enforcement: Elite Dental Associates (2019, $10,000) and New Vision Dental (2022, $23,000) settlements, Dr. U. Phillip Igbinadolor (2022, $50,000 civil money penalty)',
    'https://www.hhs.gov/about/news/2022/12/14/hhs-civil-rights-office-enters-settlement-with-dental-practice-over-disclosures-of-patients-protected-health-information.html',
    undefined,
    'practices that disclosed patients’ information in replies to online reviews; HHS has issued no guidance specific to social media',
  ),
  ocrTracking: source(
    'HHS OCR, Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates (December 2022, revised March 2024)',
    'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/hipaa-online-tracking/index.html',
    undefined,
    'tracking technologies on authenticated pages (patient portals) and on pages that collect health information (appointments, symptoms) disclose protected health information to the vendor, which needs a business associate agreement or the patient’s authorisation. AHA v. Becerra, No. 4:23-cv-1110 (N.D. Tex. 2024-06-20), vacated only the part on an IP address combined with a visit to an unauthenticated public page. Read in practitioners’ reports of the decision',
    '2026-12-07',
  ),
  ombM1023: source(
    'OMB Memorandum M-10-23, Guidance for Agency Use of Third-Party Websites and Applications (2010-06-25)',
    'https://obamawhitehouse.archives.gov/sites/default/files/omb/assets/memoranda_2010/m10-23.pdf',
    'sections 3 and 4',
    'an agency whose use of a third-party website or application makes personally identifiable information available to it completes an adapted privacy impact assessment and describes the use in its privacy policy, building on the Privacy Act and E-Government Act s. 208. Read in copies of the memorandum',
    '2026-12-07',
  ),
  endorsementGuides: source(
    '16 CFR Part 255 (FTC Endorsement Guides, revised 2023)',
    'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255',
    '255.1(d) and 255.5',
    'advertisers answer for endorsements they arrange; material connections are disclosed clearly and conspicuously. Read in the Cornell LII copy of the 2023 text',
  ),
  endorsementFaq: source(
    'FTC, Endorsement Guides: What People Are Asking',
    'https://www.ftc.gov/business-guidance/resources/ftcs-endorsement-guides-what-people-are-asking',
    undefined,
    'entry posts in a contest are endorsements; a hashtag such as #contest or #sweepstakes should be enough, #sweeps probably is not',
  ),
  reviewsRule: source(
    '16 CFR Part 465 (Rule on the Use of Consumer Reviews and Testimonials), 89 FR 68034 (2024-08-22)',
    'https://govinfo.gov/content/pkg/FR-2024-08-22/html/2024-18519.htm',
    undefined,
    'effective 2024-10-21; applies to businesses, that is commercial entities selling products or services',
  ),
  reviewSuppression: source(
    '16 CFR 465.7',
    'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465/section-465.7',
    undefined,
    'no unfounded legal threats, intimidation or false accusations to suppress reviews, and no suggestion that displayed reviews are all or most of them when negative ones were suppressed; removing reviews for neutral, stated reasons (spam, unrelated content) is allowed',
  ),
  fakeReviews: source(
    '16 CFR 465.2',
    'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465/section-465.2',
    undefined,
    'no writing, creating or selling fake consumer reviews or testimonials, and no buying or disseminating them when the business knew or should have known they were fake',
    '2026-12-07',
  ),
  buyingReviews: source('16 CFR 465.4', 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465/section-465.4', undefined, 'no compensation or incentive conditioned on a review expressing a particular sentiment'),
  fakeIndicators: source(
    '16 CFR 465.8',
    'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-465/section-465.8',
    undefined,
    'no buying or selling fake indicators of social media influence (followers, views, likes) that the buyer knew or should have known were fake, to misrepresent influence for a commercial purpose',
  ),
  crfa: source('Consumer Review Fairness Act of 2016, 15 U.S.C. 45b', 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section45b', undefined, 'form-contract terms that restrict or penalise honest reviews are void'),
  lanham: source('Lanham Act, 15 U.S.C. 1125(a)', 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title15-section1125', undefined, 'false designation of origin: the remedy against accounts that pass themselves off as the organisation'),
  impersonationRule: source('16 CFR Part 461 (FTC Impersonation Rule)', 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-461', undefined, 'impersonating a government or a business is an unfair or deceptive practice'),
  nyGameOfChance: source('N.Y. Gen. Bus. Law 369-e', 'https://www.dos.ny.gov/corps/gamesofchance.html', undefined, 'games of chance with prizes over $5,000 are registered and bonded 30 days before they start, with their rules'),
  flGameOfChance: source('Fla. Stat. 849.094', 'https://www.flsenate.gov/Laws/Statutes/2025/849.094', undefined, 'game promotions with prizes over $5,000 file their rules 7 days before they start, with a trust account or bond'),
  calLab980: source('Cal. Lab. Code 980', 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=980', undefined, 'an employer may not ask an employee or applicant to disclose a username or password for personal social media'),

  // United States: employment, litigation, government
  nlraEmployer: source(
    'NLRA, 29 U.S.C. 152(2)',
    'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title29-section152&num=0&edition=prelim',
    undefined,
    '"employer" excludes the United States, wholly owned government corporations, Federal Reserve Banks and any State or political subdivision',
  ),
  nlraRights: source(
    'NLRA sections 7 and 8(a)(1), 29 U.S.C. 157, 158(a)(1)',
    'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title29-section157&num=0&edition=prelim',
    undefined,
    'employees may act together for mutual aid or protection; an employer may not interfere with that right',
  ),
  stericycle: source(
    'NLRB, Stericycle, Inc., 372 NLRB No. 113 (2023-08-02)',
    'https://www.nlrb.gov/case/04-CA-137660',
    undefined,
    'a work rule that an employee could reasonably read as restricting section 7 activity is presumptively unlawful; the employer may rebut the presumption by proving the rule advances a legitimate and substantial business interest that a narrower rule could not. Still Board law: GC 25-05 (2025-02-14) rescinded memos, not the decision',
  ),
  frcp37e: source(
    'Federal Rules of Civil Procedure',
    'https://www.uscourts.gov/rules-policies/current-rules-practice-procedure/federal-rules-civil-procedure',
    'Rule 37(e)',
    'ESI lost because a party failed to take reasonable steps to preserve it: measures to cure prejudice, and an adverse inference, dismissal or default only on a finding of intent to deprive',
  ),
  phoneDog: source(
    'PhoneDog v. Kravitz, No. C 11-03474 MEJ (N.D. Cal. 2011-11-08)',
    'https://docs.justia.com/cases/federal/district-courts/california/candce/3:2011cv03474/243145/28',
    undefined,
    'an employer and a departing employee fought over a business account and its followers; the court let the claims proceed without deciding who owned them, and the case settled in 2012: the point is to settle ownership in writing beforehand',
  ),
  lindke: source(
    'Lindke v. Freed, 601 U.S. 187 (2024)',
    'https://www.supremecourt.gov/opinions/23pdf/22-611_ap6c.pdf',
    undefined,
    'an official’s social media activity is state action when the official had actual authority to speak for the State on the matter and purported to exercise it; an account that is the government’s own is state action, and its moderation is bound by the First Amendment. Read in copies of the opinion',
  ),
  knight: source(
    'Knight First Amendment Institute v. Trump, 928 F.3d 226 (2d Cir. 2019), vacated as moot, 593 U.S. ___ (2021)',
    'https://www.supremecourt.gov/opinions/20pdf/20-197_5ie6.pdf',
    undefined,
    'blocking critics from the interactive space of an official account was viewpoint discrimination in a public forum; persuasive only, since vacated',
  ),
  doj508: source(
    '36 CFR Part 1194, Appendix A (Section 508 standards)',
    'https://www.access-board.gov/ict/#E205-content',
    'E205.2',
    'a federal agency’s public-facing electronic content conforms to WCAG 2.0 Level A and AA; 29 U.S.C. 794d',
  ),
  hhs504: source(
    '45 CFR 84.84 (HHS section 504 rule), compliance dates as extended by 91 FR 25496 (2026-05-11)',
    'https://www.govinfo.gov/content/pkg/FR-2026-05-11/html/2026-09266.htm',
    undefined,
    'recipients of HHS financial assistance make web content and mobile apps conform to WCAG 2.1 AA: by 2027-05-11 with 15 or more employees, by 2028-05-10 with fewer',
  ),
  nara201402: source(
    'NARA Bulletin 2014-02, Guidance on Managing Social Media Records',
    'https://www.archives.gov/records-mgmt/bulletins/2014/2014-02.html',
    undefined,
    'social media content that is a federal record is managed under the Federal Records Act like any other record. Checked against NARA’s announcement of the bulletin',
  ),
  nara201502: source(
    'NARA Bulletin 2015-02, Guidance on Managing Electronic Messages',
    'https://www.archives.gov/records-mgmt/bulletins/2015/2015-02.html',
    undefined,
    'text, chat and messaging in social media tools are federal records where they document agency business',
  ),
  fra2911: source(
    '44 U.S.C. 2911',
    'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title44-section2911&num=0&edition=prelim',
    undefined,
    'a record sent from a non-official messaging account is copied, or forwarded within 20 days, to an official account',
  ),
  brownAct: source(
    'Cal. Gov. Code 54952.2(b)(3) (Brown Act, AB 992)',
    'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=54952.2',
    undefined,
    'a majority of a body’s members may not use social media to discuss the body’s business among themselves, and no member may respond directly to another member’s post on it',
  ),
  floridaSunshine: source(
    'Fla. Stat. 286.011 (Government in the Sunshine Law)',
    'https://www.flsenate.gov/Laws/Statutes/2025/286.011',
    undefined,
    'members of a board may not discuss matters before it outside a noticed meeting, social media included',
  ),
  floridaPublicRecords: source(
    'Fla. Stat. 119.011(12) (Public Records Act); Florida Attorney General Opinion 2009-19',
    'https://www.flsenate.gov/Laws/Statutes/2025/119.011',
    undefined,
    'public records are all material, whatever its form or means of transmission, made or received in connection with an agency’s official business; a city’s Facebook page serves a public purpose and its content may be a public record. Read in copies of the definition published by Florida agencies',
    '2026-12-07',
  ),

  // United States: securities, banking, drugs
  rule17a4b4: source(
    'SEC Rule 17a-4, 17 CFR 240.17a-4',
    'https://www.ecfr.gov/current/title-17/chapter-II/part-240/subject-group-ECFR4ec0d6bf4b6c2bd/section-240.17a-4',
    '(b)(4)',
    'originals of communications received and copies of those sent relating to the business as such are kept at least 3 years, the first 2 in an easily accessible place; the 6 years of 17a-4(a) are for the ledgers and blotters of Rule 17a-3. Read in copies',
  ),
  rule17a4f: source(
    'SEC electronic recordkeeping amendments, 87 FR 66412 (2022-11-03)',
    'https://www.govinfo.gov/content/pkg/FR-2022-11-03/html/2022-23147.htm',
    '17a-4(f)(2)',
    'electronic records are kept on non-rewriteable, non-erasable storage or on a system with a complete time-stamped audit trail; compliance date 2023-05-03',
  ),
  finra4511: source('FINRA Rule 4511', 'https://www.finra.org/rules-guidance/rulebooks/finra-rules/4511', undefined, 'books and records are kept in a format that complies with SEA Rule 17a-4, for 6 years where no other period is set'),
  finra2210: source('FINRA Rule 2210', 'https://www.finra.org/rules-guidance/rulebooks/finra-rules/2210', '(b)(1)', 'a registered principal approves each retail communication before first use; interactive content in social media is supervised like correspondence instead'),
  rn1006: source('FINRA Regulatory Notice 10-06', 'https://www.finra.org/rules-guidance/notices/10-06', undefined, 'before using social media for business, a firm must first ensure it can retain the records; static content is pre-approved, interactive content supervised'),
  rn1139: source(
    'FINRA Regulatory Notice 11-39',
    'https://www.finra.org/rules-guidance/notices/11-39',
    undefined,
    'a principal approves each representative’s site as it will be launched before it is used for business; sharing or liking third-party content can adopt it, and linking to it while involved in its preparation entangles with it; no annual attestation is required. Read in quotations',
  ),
  rn1718: source('FINRA Regulatory Notice 17-18', 'https://www.finra.org/rules-guidance/notices/17-18', undefined, 'text messaging and personal messaging apps used for business are captured like any communication; third-party content and hyperlinks'),
  offChannel: source(
    'SEC, off-channel communications cases (JPMorgan Securities 2021; 16 firms 2022-09-27, more than $1.1 billion)',
    'https://www.sec.gov/news/press-release/2022-174',
    undefined,
    'firms fined for business done on personal devices and messaging apps nobody captured',
  ),
  marketingRule: source(
    'SEC Marketing Rule, 17 CFR 275.206(4)-1',
    'https://www.ecfr.gov/current/title-17/chapter-II/part-275/section-275.206(4)-1',
    '(b)(1), (b)(2), (b)(4)(i) and (ii), (e)(2)',
    'testimonials and endorsements carry clear disclosures; a compensated promoter has a written agreement, unless paid $1,000 or less (or its value) in the preceding 12 months, or the adviser’s own partner, officer, director or employee (or of an affiliate) whose affiliation is apparent or disclosed and whose status the adviser documents. Read in copies; the affiliated-personnel exemption, (b)(4)(ii), from the adopting release’s summaries, as the search corpus held no copy of that paragraph',
  ),
  rule2042: source(
    'Advisers Act Rule 204-2, 17 CFR 275.204-2',
    'https://www.ecfr.gov/current/title-17/chapter-II/part-275/section-275.204-2',
    '(a)(7), (a)(11), (e)(1), (e)(3), (g)',
    'written communications and advertisements are kept 5 years from the end of the fiscal year of the last entry or use, the first 2 in an appropriate office of the adviser; electronic records are safeguarded from loss and alteration and can be produced (no WORM requirement). Read in copies',
  ),
  regSP: source(
    'Regulation S-P amendments, 17 CFR 248.30 (Release 34-100155, 2024)',
    'https://www.sec.gov/rules-regulations/2024/05/s7-05-23',
    '248.30(a)(3)-(4)',
    'broker-dealers, investment advisers, investment companies and transfer agents keep an incident response programme for unauthorised access to customer information and notify affected individuals within 30 days; compliance from 2025-12-03 (larger entities) and 2026-06-03 (smaller). Read in copies',
  ),
  ffiec: source(
    'FFIEC, Social Media: Consumer Compliance Risk Management Guidance, 78 FR 76297 (2013-12-17)',
    'https://www.govinfo.gov/content/pkg/FR-2013-12-17/html/2013-29934.htm',
    undefined,
    'a risk-management programme proportionate to the use of social media, with governance by the board of directors or senior management',
  ),
  fdaCharacterSpace: source(
    'FDA, Internet/Social Media Platforms with Character Space Limitations: Presenting Risk and Benefit Information for Prescription Drugs and Medical Devices (draft guidance, June 2014)',
    'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/internetsocial-media-platforms-character-space-limitations-presenting-risk-and-benefit-information',
    undefined,
    'a draft, non-binding: a benefit claim is balanced by the most serious risks in the same post, with a link to the full risk information, or it is not made on that platform',
  ),
  netflix: source(
    'SEC Report of Investigation, Netflix, Inc. and Reed Hastings, Release 34-69279 (2013-04-02)',
    'https://www.sec.gov/litigation/investreport/34-69279.htm',
    undefined,
    'social media may be used for disclosure under Regulation FD if investors were told beforehand which channels will be used',
  ),
  regFD: source('Regulation FD, 17 CFR 243.100-101', 'https://www.ecfr.gov/current/title-17/chapter-II/part-243'),
  disclosureControls: source(
    'Exchange Act Rules 13a-15 and 15d-15, 17 CFR 240.13a-15(e) (Sarbanes-Oxley Act s. 302)',
    'https://www.ecfr.gov/current/title-17/chapter-II/part-240/subject-group-ECFR4ec0d6bf4b6c2bd/section-240.13a-15',
    undefined,
    'disclosure controls and procedures ensure that information required to be disclosed is recorded and reported; in the 2018 Tesla settlement the SEC charged the company for lacking controls over its CEO’s posts',
  ),

  // Standards and security guidance
  iso15489: source('ISO 15489-1:2016, Records management', 'https://www.iso.org/standard/62542.html', undefined, 'records are captured, kept under a retention schedule and disposed of under authority'),
  nist80053pl4: source(
    'NIST SP 800-53 Rev. 5',
    'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
    'PL-4(1)',
    'rules of behaviour restrict the use of social media and the posting of organisational information on public websites (AC-22 covers only systems the organisation controls). Read in a copy of the catalogue',
  ),
  nist80053: source('NIST SP 800-53 Rev. 5', 'https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final'),
  nist80061: source(
    'NIST SP 800-61 Rev. 3, Incident Response Recommendations and Considerations for Cybersecurity Risk Management (April 2025)',
    'https://csrc.nist.gov/pubs/sp/800/61/r3/final',
    undefined,
    'supersedes Rev. 2 (withdrawn 2025-04-03): preparing for incidents and communicating during the response',
  ),
  nist80084: source('NIST SP 800-84, Guide to Test, Training, and Exercise Programs for IT Plans and Capabilities (September 2006)', 'https://csrc.nist.gov/pubs/sp/800/84/final'),
  cisa: source(
    'CISA, Capacity Enhancement Guide: Social Media Account Protection (2021)',
    'https://www.cisa.gov/resources-tools/resources/capacity-enhancement-guide-social-media-account-protection',
    undefined,
    'for organisation-run accounts: a social media policy, credential management, MFA, vetting third-party vendors, an incident response plan',
  ),
  wcag: source('W3C, Web Content Accessibility Guidelines (WCAG) 2.2', 'https://www.w3.org/TR/WCAG22/', 'SC 1.1.1, 1.2.2'),
  titleVII: source('Title VII of the Civil Rights Act of 1964, 42 U.S.C. 2000e-2', 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title42-section2000e-2&num=0&edition=prelim'),
  wp249: source(
    'Article 29 Working Party, Opinion 2/2017 on data processing at work (WP249)',
    'https://ec.europa.eu/newsroom/article29/items/610169',
    'section 5.1',
    'employers may look at candidates’ public profiles only where relevant to the job, and tell them',
  ),
} as const;
