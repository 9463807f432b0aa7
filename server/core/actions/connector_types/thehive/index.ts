export { theHiveConnectorType } from './thehive_type';
