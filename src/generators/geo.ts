/**
 * `geo`: places on one geo set. GEOADD stores them (GLIDE takes a Map of name to longitude and latitude), a search
 * by radius (GEOSEARCH FROMLONLAT BYRADIUS ... WITHDIST ASC COUNT) answers the places within it nearest first with
 * their distances, and GEODIST the distance between two stored places. Distances are in kilometres throughout.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue, stringValue } from './literals.js';
import { integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { clientClassHole } from './topology-names.js';

export const geoOptions = z
  .object({
    placesKey: textOption('The key of the geo set openPlaces uses when given none.', 'places'),
    maxResults: integerOption('The most places one search answers (the nearest ones).', 50, { min: 1, max: 100000 }),
  })
  .strict();

export type GeoOptions = z.output<typeof geoOptions>;

const GEO_MODULE = `/**
 * Places on one geo set: add them, find those within a radius of a point (nearest first, with their distances) and
 * measure the distance between two of them. Distances are in kilometres.
 */
import { GeoUnit, SortOrder, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const PLACES_KEY = ${hole('placesKey')};
export const MAX_RESULTS = ${hole('maxResults')};

export interface Place {
  readonly name: string;
  /** -180 to 180. */
  readonly longitude: number;
  /** -85.05112878 to 85.05112878, the range Valkey can store. */
  readonly latitude: number;
}

export interface NearbyPlace {
  readonly name: string;
  /** From the search's centre, in kilometres. */
  readonly distanceKm: number;
}

/** The places stored under the key \`key\`. */
export function openPlaces(client: ${hole('ClientType')}, key: string = PLACES_KEY) {
  return {
    /** Adds or moves the places; answers how many were new. */
    async add(places: readonly Place[]): Promise<number> {
      if (places.length === 0) return 0;
      return client.geoadd(key, new Map(places.map((place) => [place.name, { longitude: place.longitude, latitude: place.latitude }])));
    },

    /** The places within \`radiusKm\` of the point, nearest first, at most \`maxResults\` of them. */
    async within(longitude: number, latitude: number, radiusKm: number, maxResults: number = MAX_RESULTS): Promise<NearbyPlace[]> {
      const found = await client.geosearch(key, { position: { longitude, latitude } }, { radius: radiusKm, unit: GeoUnit.KILOMETERS }, { withDist: true, sortOrder: SortOrder.ASC, count: maxResults });
      return found.map(([name, details]) => ({ name: String(name), distanceKm: Number(details?.[0]) }));
    },

    /** The distance between two stored places in kilometres; null when either is not stored. */
    async distanceKm(from: string, to: string): Promise<number | null> {
      return client.geodist(key, from, to, { unit: GeoUnit.KILOMETERS });
    },

    /** Removes the places; answers how many were stored. */
    async remove(names: readonly string[]): Promise<number> {
      if (names.length === 0) return 0;
      return client.zrem(key, [...names]);
    },
  };
}

export type Places = ReturnType<typeof openPlaces>;
`;

const GEO_DEMO = `/** Six cities, a 200 km search around Palermo and the Palermo-Catania distance, checked against haversine. */
import { closeGracefully, createValkeyClient } from './client.js';
import { openPlaces, type Place } from './geo.js';

/** The great-circle distance in kilometres on the sphere Valkey uses (radius 6372.7976 km). */
function haversineKm(a: Place, b: Place): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h = Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6372.797560856 * Math.asin(Math.sqrt(h));
}

async function main(): Promise<boolean> {
  const client = await createValkeyClient();
  // A set of the demo's own, so that no real place is touched.
  const places = openPlaces(client, 'glide-example:places:' + String(process.pid));
  try {
    const cities: Place[] = [
      { name: 'Palermo', longitude: 13.361389, latitude: 38.115556 },
      { name: 'Catania', longitude: 15.087269, latitude: 37.502669 },
      { name: 'Messina', longitude: 15.556, latitude: 38.1938 },
      { name: 'Trapani', longitude: 12.5136, latitude: 38.0176 },
      { name: 'Naples', longitude: 14.2681, latitude: 40.8518 },
      { name: 'Rome', longitude: 12.4964, latitude: 41.9028 },
    ];
    const added = await places.add(cities);
    const centre = cities[0];
    const nearby = await places.within(centre.longitude, centre.latitude, 200);
    const distance = await places.distanceKm('Palermo', 'Catania');
    const missing = await places.distanceKm('Palermo', 'Atlantis');
    await places.remove(cities.map((city) => city.name));
    const expected = cities.filter((city) => haversineKm(centre, city) <= 200).map((city) => city.name);
    const closeTo = (measured: number, reference: number) => Math.abs(measured - reference) <= reference * 0.005 + 0.001;
    const checks = {
      'all six cities were added': added === 6,
      'every place within 200 km is found and none outside': JSON.stringify([...nearby.map((place) => place.name)].sort()) === JSON.stringify([...expected].sort()),
      'the search answers the nearest first': nearby.every((place, index) => index === 0 || nearby[index - 1].distanceKm <= place.distanceKm),
      'search distances agree with haversine within 0.5%': nearby.every((place) => closeTo(place.distanceKm, haversineKm(centre, cities.find((city) => city.name === place.name) ?? centre))),
      'GEODIST Palermo-Catania agrees with haversine within 0.5%': distance !== null && closeTo(distance, haversineKm(cities[0], cities[1])),
      'GEODIST to a place not stored is null': missing === null,
    };
    console.log('within 200 km of Palermo: ' + nearby.map((place) => place.name + ' ' + place.distanceKm.toFixed(1) + ' km').join(', '));${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}
${DEMO_RUNNER}`;

export function geoModuleFile(options: GeoOptions, target: GeneratorTarget): GeneratedFile {
  const holes = { placesKey: stringValue(j, options.placesKey), maxResults: numberValue(j, options.maxResults), ClientType: clientClassHole(target.topology) };
  return renderModule('geo', GEO_MODULE, holes, target);
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Places and distances on Valkey GLIDE',
    '',
    `\`geo.${target.language}\` exports \`openPlaces(client, key?)\`, whose places have \`add\`, \`within\`, \`distanceKm\` and \`remove\`.`,
    '',
    '- Places are stored with `GEOADD` (GLIDE takes a `Map` of name to `{ longitude, latitude }`).',
    '- `within(longitude, latitude, radiusKm)` is `GEOSEARCH FROMLONLAT BYRADIUS ... km WITHDIST ASC COUNT`: the places',
    '  in the circle, nearest first, each with its distance in kilometres.',
    '- `distanceKm(from, to)` is `GEODIST ... km`; null when either place is not stored.',
    '',
    '```' + target.language,
    "const places = openPlaces(client, 'shops');",
    "await places.add([{ name: 'north', longitude: 13.36, latitude: 38.11 }]);",
    'const near = await places.within(13.4, 38.1, 5);',
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const geoGenerator = defineGenerator({
  id: 'geo',
  title: 'Places and distances (GEOADD, GEOSEARCH by radius, GEODIST)',
  summary: 'Places stored with GEOADD, searched by radius nearest first with their distances, and measured with GEODIST; the demo checks the search and the distances against haversine.',
  options: geoOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [defaultClientModuleFile(target), geoModuleFile(options, target), renderModule('demo', GEO_DEMO, {}, target), readme(target), ...projectFiles('geo', target)];
  },
});
