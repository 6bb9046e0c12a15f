/** Who a rule's finding concerns: its own stakeholder, both sides of a conflict, and whoever the gap is shared with. */
export interface Concerned {
  stakeholder: string;
  between?: readonly string[] | undefined;
  sharedWith?: readonly string[] | undefined;
}

export function ruleConcerns(rule: Concerned, stakeholder: string): boolean {
  return rule.stakeholder === stakeholder || (rule.between ?? []).includes(stakeholder) || (rule.sharedWith ?? []).includes(stakeholder);
}
