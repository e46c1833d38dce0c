/** The estate: centres, and (to come) their locations and capacities. */
export {
  AUTHORITIES,
  CENTRE_SEXES,
  CENTRE_TYPES,
  createCentre,
  findMissingCentres,
  getCentre,
  listCentres,
  type Centre,
} from './centres.ts';
export { estateRoutes } from './routes.ts';
