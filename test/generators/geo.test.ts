/**
 * The generated geo module against a real valkey-server and a real 3-primary cluster: 300 seeded random places
 * around a centre; a radius search finds every place whose haversine distance is within the radius and none
 * outside (places within 0.5% of the edge are left out of the comparison: Valkey's geohash moves a place by up to
 * a metre), each search distance and each GEODIST agrees with haversine within 0.5%. Shown to fail on a mutant that
 * searches the radius in miles.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { radiusInMiles } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface Place {
  readonly name: string;
  readonly longitude: number;
  readonly latitude: number;
}
interface Places {
  add(places: readonly Place[]): Promise<number>;
  within(longitude: number, latitude: number, radiusKm: number, maxResults?: number): Promise<{ name: string; distanceKm: number }[]>;
  distanceKm(from: string, to: string): Promise<number | null>;
}
interface GeoModule {
  openPlaces(client: AnyGlideClient, key?: string): Places;
}

/** The great-circle distance on Valkey's sphere (radius 6372797.560856 m), in kilometres. */
function haversineKm(a: { longitude: number; latitude: number }, b: { longitude: number; latitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h = Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6372.797560856 * Math.asin(Math.sqrt(h));
}

function randomPlaces(seed: number, centre: { longitude: number; latitude: number }, count: number): Place[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, index) => ({ name: `place-${index}`, longitude: centre.longitude + (next() - 0.5) * 6, latitude: centre.latitude + (next() - 0.5) * 4 }));
}

const closeTo = (measured: number, reference: number) => Math.abs(measured - reference) <= reference * 0.005 + 0.001;

interface Observation {
  readonly missing: string[];
  readonly extra: string[];
  readonly badDistances: string[];
  readonly badGeodist: string[];
}

async function observe(places: readonly Places[], seed: number): Promise<Observation> {
  const centre = { longitude: -30 + seed * 20, latitude: -60 + seed * 30 };
  const all = randomPlaces(seed, centre, 300);
  await Promise.all([0, 1, 2].map((part) => places[part].add(all.filter((_, index) => index % 3 === part))));
  const missing: string[] = [];
  const extra: string[] = [];
  const badDistances: string[] = [];
  for (const radiusKm of [20, 80, 150]) {
    const found = await places[seed % places.length].within(centre.longitude, centre.latitude, radiusKm, 1000);
    const names = new Set(found.map((place) => place.name));
    for (const place of all) {
      const reference = haversineKm(centre, place);
      if (Math.abs(reference - radiusKm) <= radiusKm * 0.005) continue;
      if (reference < radiusKm && !names.has(place.name)) missing.push(`${place.name} at ${reference} km of ${radiusKm}`);
      if (reference > radiusKm && names.has(place.name)) extra.push(`${place.name} at ${reference} km of ${radiusKm}`);
    }
    for (const { name, distanceKm } of found) {
      const reference = haversineKm(centre, all.find((place) => place.name === name) ?? centre);
      if (!closeTo(distanceKm, reference)) badDistances.push(`${name}: ${distanceKm} for ${reference}`);
    }
  }
  const badGeodist: string[] = [];
  for (let index = 0; index + 1 < 40; index += 2) {
    const [a, b] = [all[index], all[index + 1]];
    const measured = await places[index % places.length].distanceKm(a.name, b.name);
    if (measured === null || !closeTo(measured, haversineKm(a, b))) badGeodist.push(`${a.name}-${b.name}: ${measured} for ${haversineKm(a, b)}`);
  }
  return { missing, extra, badDistances, badGeodist };
}

for (const topology of TOPOLOGIES) {
  describe(`geo property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<GeoModule>[] = [];
    const load = async (key: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<GeoModule>({ id: 'geo', options: {}, moduleFile: 'geo.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openPlaces(client, key));
    };

    before(async () => (servers = await startServersUnderTest(topology, 3)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const seed of [1, 2, 3]) {
      it(`finds every place within the radius and none outside, distances within 0.5% of haversine (seed ${seed})`, async function () {
        const observed = await observe(await load(`places-${seed}`), seed);
        expect(observed).to.deep.equal({ missing: [], extra: [], badDistances: [], badGeodist: [] });
      });
    }

    if (topology === 'standalone') {
      it('catches a radius searched in miles', async function () {
        const observed = await observe(await load('miles', radiusInMiles), 1);
        expect(observed.extra).to.not.be.empty;
        expect(observed.missing).to.be.empty;
      });
    }
  });
}
