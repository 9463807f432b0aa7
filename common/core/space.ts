/** A space, in Kibana's shape: what the spaces API stores and returns, read by both halves. */

export type SolutionView = 'es' | 'oblt' | 'security' | 'classic';

export interface SpaceAttributes {
  name: string;
  description?: string;
  color?: string;
  initials?: string;
  imageUrl?: string;
  disabledFeatures: string[];
  solution?: SolutionView;
  /** Set on the default space, which cannot be deleted. */
  _reserved?: boolean;
}

export interface Space extends SpaceAttributes {
  id: string;
}
