/** The demonstration estate: Ecuador's centres from public figures, with synthetic people. */
export { generateDemoEstate, type DemoEstate, type DemoEstateOptions } from './generate-demo-estate.ts';
export { DEFAULT_PEOPLE } from './centres.ts';
export { AUTHORITY_HANDOVER_DATE, MILITARY_CONTROL_SINCE, REFERENCE_CENTRES, type ReferenceCentre } from './reference-centres.ts';
export { DEMO_LOAD_STEPS, loadDemoEstate, type DemoLoadProgress, type DemoLoadStep } from './load-demo-estate.ts';
