import './errors.ts';
/** The estate: centres with their control authority, the location tree and its capacities. */
export {
  authorityHistory,
  changeAuthority,
  createCentre,
  findCentres,
  findMissingCentres,
  getCentre,
  insertCentres,
  listAllCentres,
  listCentres,
  type AuthorityRecord,
  type Centre,
  type NewCentre,
} from './centres.ts';
export {
  addLocation,
  capacityByCentre,
  changeCapacity,
  occupancyBand,
  summariseTree,
  type CapacityTotals,
  type LocationSummary,
  findLocations,
  getLocation,
  insertLocations,
  listCentreLocations,
  listLocationsInScope,
  listSubtree,
  placementLocations,
  locationHistory,
  setLocationStatus,
  type Location,
  type LocationChange,
  type NewLocation,
  type OccupancyOf,
} from './locations.ts';
export { BED_KINDS, checkCapacities, checkPlacementInTree } from './check-location.ts';
export { ESTATE_PERMISSIONS } from './policy.ts';
