export { swimlaneConnectorType } from './swimlane_type';
