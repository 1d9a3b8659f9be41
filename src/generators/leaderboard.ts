/**
 * `leaderboard`: scores, ranks and pages on one sorted set. Points are added with ZINCRBY (atomic, so concurrent
 * updates from many clients add up), ranks come from ZREVRANK (GLIDE answers a 0-based index; players expect 1
 * for the top) and pages from a reversed index range (`zrangeWithScores(key, { start, end }, { reverse: true })`).
 * Ties are ordered as Valkey orders a reversed range: by player name, descending.
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

export const leaderboardOptions = z
  .object({
    boardName: textOption('The key of the leaderboard openLeaderboard uses when given none.', 'leaderboard'),
    pageSize: integerOption('Standings per page.', 10, { min: 1, max: 1000 }),
  })
  .strict();

export type LeaderboardOptions = z.output<typeof leaderboardOptions>;

const LEADERBOARD_MODULE = `/**
 * A leaderboard on one sorted set: the highest score ranks 1. Ties are ordered as Valkey orders a reversed range:
 * by player name, descending.
 */
import type { ${hole('ClientType')} } from '@valkey/valkey-glide';

const BOARD_NAME = ${hole('boardName')};
export const PAGE_SIZE = ${hole('pageSize')};

export interface Standing {
  readonly player: string;
  readonly score: number;
  /** 1 for the highest score. */
  readonly rank: number;
}

/** The leaderboard stored under the key \`name\`. */
export function openLeaderboard(client: ${hole('ClientType')}, name: string = BOARD_NAME) {
  return {
    /** Adds \`points\` (negative to take away) to the player's score, atomically; a new player starts at 0. */
    async addPoints(player: string, points: number): Promise<number> {
      return client.zincrby(name, points, player);
    },

    /** The player's score; null for a player without one. */
    async scoreOf(player: string): Promise<number | null> {
      return client.zscore(name, player);
    },

    /** The player's rank, 1 for the highest score; null for a player without a score. */
    async rankOf(player: string): Promise<number | null> {
      const index = await client.zrevrank(name, player);
      return index === null ? null : index + 1;
    },

    /** Page \`pageNumber\` of the standings, 1 being the top \`pageSize\`. */
    async page(pageNumber: number, pageSize: number = PAGE_SIZE): Promise<Standing[]> {
      if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new RangeError('page numbers start at 1, got ' + String(pageNumber));
      const start = (pageNumber - 1) * pageSize;
      const entries = await client.zrangeWithScores(name, { start, end: start + pageSize - 1 }, { reverse: true });
      return entries.map((entry, index) => ({ player: String(entry.element), score: entry.score, rank: start + index + 1 }));
    },

    async playerCount(): Promise<number> {
      return client.zcard(name);
    },

    /** Takes the player off the leaderboard; false when the player had no score. */
    async remove(player: string): Promise<boolean> {
      return (await client.zrem(name, [player])) === 1;
    },
  };
}

export type Leaderboard = ReturnType<typeof openLeaderboard>;
`;

const LEADERBOARD_DEMO = `/** 4 clients add 210 points concurrently to 20 players: scores add up, pages and ranks agree. */
import { closeGracefully, createValkeyClient } from './client.js';
import { openLeaderboard, PAGE_SIZE, type Standing } from './leaderboard.js';

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 4 }, () => createValkeyClient()));
  // A board of the demo's own, so that no real standing is touched.
  const name = 'glide-example:leaderboard:' + String(process.pid);
  const boards = clients.map((client) => openLeaderboard(client, name));
  try {
    const players = Array.from({ length: 20 }, (_, index) => 'player-' + String(index).padStart(2, '0'));
    // player-NN gets NN + 1 single points, from all clients at once.
    await Promise.all(players.flatMap((player, index) => Array.from({ length: index + 1 }, (_, point) => boards[point % boards.length].addPoints(player, 1))));
    const standings: Standing[] = [];
    for (let page = 1; standings.length < players.length; page += 1) {
      const next = await boards[0].page(page);
      if (next.length === 0) break;
      standings.push(...next);
    }
    const ranks = await Promise.all(players.map((player) => boards[1].rankOf(player)));
    const count = await boards[2].playerCount();
    await clients[0].del([name]);
    const expectedOrder = [...players].reverse();
    const checks = {
      'every concurrent point was counted': standings.every((standing) => standing.score === Number(standing.player.slice(7)) + 1),
      'pages of PAGE_SIZE list every player once, highest score first': JSON.stringify(standings.map((standing) => standing.player)) === JSON.stringify(expectedOrder),
      'rankOf agrees with the pages': players.every((player, index) => ranks[index] === standings.findIndex((standing) => standing.player === player) + 1),
      'the player count is 20': count === 20,
    };
    console.log('top ' + String(PAGE_SIZE) + ': ' + standings.slice(0, PAGE_SIZE).map((standing) => standing.player + '=' + String(standing.score)).join(' '));${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function leaderboardModuleFile(options: LeaderboardOptions, target: GeneratorTarget): GeneratedFile {
  const holes = { boardName: stringValue(j, options.boardName), pageSize: numberValue(j, options.pageSize), ClientType: clientClassHole(target.topology) };
  return renderModule('leaderboard', LEADERBOARD_MODULE, holes, target);
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Leaderboard on Valkey GLIDE',
    '',
    `\`leaderboard.${target.language}\` exports \`openLeaderboard(client, name?)\`, whose board has \`addPoints\`, \`scoreOf\`, \`rankOf\`, \`page\`,`,
    '`playerCount` and `remove`.',
    '',
    '- Points are added with `ZINCRBY`, atomically: concurrent updates from many clients add up.',
    '- Ranks start at 1 for the highest score (GLIDE\'s `zrevrank` answers a 0-based index); pages start at 1.',
    '- Ties are ordered as Valkey orders a reversed range: by player name, descending.',
    '',
    '```' + target.language,
    "const board = openLeaderboard(client, 'season-7');",
    "await board.addPoints('ada', 30);",
    'const top = await board.page(1);',
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const leaderboardGenerator = defineGenerator({
  id: 'leaderboard',
  title: 'Leaderboard (sorted set: scores, ranks, pages)',
  summary: 'Atomic points with ZINCRBY, 1-based ranks and pages over a reversed sorted-set range; the demo proves 210 concurrent points from 4 clients add up and pages and ranks agree.',
  options: leaderboardOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      leaderboardModuleFile(options, target),
      renderModule('demo', LEADERBOARD_DEMO, {}, target),
      readme(target),
      ...projectFiles('leaderboard', target),
    ];
  },
});
