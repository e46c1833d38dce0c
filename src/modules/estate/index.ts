import './errors.ts';
/** The estate: centres with their control authority, the location tree and its capacities. */
export type { AuthorityRecord, Centre, Location, LocationChange, NewCentre, NewLocation, OccupancyOf } from './types.ts';
export { authorityHistory, findCentres, findMissingCentres, getCentre, getCentreDetail, listAllCentres, listCentres } from './read-centres.ts';
export { createCentre, insertCentres } from './create-centre.ts';
export { changeAuthority } from './change-authority.ts';
export { addLocation, insertLocations } from './add-location.ts';
export { changeCapacity, type CapacityChange } from './change-capacity.ts';
export { insertLocationStatuses, setLocationStatus } from './set-location-status.ts';
export {
  capacityByCentre,
  findLocationInCaseload,
  findLocations,
  getLocation,
  getLocationHistory,
  listCentreLocations,
  listLocationsInScope,
  listSubtree,
  locationHistory,
  placementLocations,
} from './read-locations.ts';
export { occupancyBand, summariseTree, type CapacityTotals, type LocationSummary } from './summarise-tree.ts';
export { BED_KINDS, checkCapacities, checkPlacementInTree } from './check-location.ts';
export { ESTATE_PERMISSIONS } from './policy.ts';
export { selectWarningEstate as readWarningEstate, type WarningEstateRows } from './repository.ts';
