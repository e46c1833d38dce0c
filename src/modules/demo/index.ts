/** The demonstration estate: Ecuador's centres from public figures, with synthetic people. */
export { generateDemoEstate, type DemoEstate, type DemoEstateOptions } from './generate-demo-estate.ts';
export { DEFAULT_PEOPLE } from './centres.ts';
export { AUTHORITY_HANDOVER_DATE, MILITARY_CONTROL_SINCE, REFERENCE_CENTRES, type ReferenceCentre } from './reference-centres.ts';
