// Name slots become distinct people, compared case-insensitively (also beyond ASCII), numbered in key
// order, each spelled as first read; lists collapse onto them.
import { describe, expect, it } from 'vitest';
import { NameSlots, PersonList } from '../../../src/main/import/writer/people';

function collect(names: string[]) {
  const slots = new NameSlots();
  const list = new PersonList();
  names.forEach((name, i) => list.add(slots.add(name), i === 1 ? null : 1000 + i));
  return { people: slots.resolve(), list };
}

describe('NameSlots.resolve', () => {
  it('finds the distinct people in key order, each spelled as first read', () => {
    const { people } = collect(['zoe', 'Émile', 'ALICE', 'alice', 'émile', 'bob', 'Alice']);
    expect(people.size).toBe(4);
    expect([0, 1, 2, 3].map((p) => people.name(p))).toEqual(['ALICE', 'bob', 'zoe', 'Émile']);
    expect(Array.from(people.personOfSlot)).toEqual([2, 3, 0, 0, 3, 1, 0]);
  });

  it('finds a person by any spelling, and nobody else', () => {
    const { people } = collect(['zoe', 'Émile', 'ALICE', 'bob']);
    expect(people.find('alice')).toBe(0);
    expect(people.find('ÉMILE')).toBe(3);
    expect(people.find('Zoe')).toBe(2);
    expect(people.find('carol')).toBeUndefined();
    expect(people.find('')).toBeUndefined();
  });

  it('finds each of thousands of people by another spelling, and no one who is absent', () => {
    const names = Array.from({ length: 5000 }, (_, i) => `user_${(i * 7919) % 5000}.${i % 7 ? 'x' : 'É'}`);
    const { people } = collect(names);
    expect(people.size).toBe(5000);
    for (const name of names) expect(people.name(people.find(name.toUpperCase())!)).toBe(name);
    for (let i = 0; i < 500; i++) expect(people.find(`absent_${i}`)).toBeUndefined();
  });

  it('writes names as one JSON array, whatever characters they hold', () => {
    const odd = ['plain', 'with "quotes"', 'back\\slash', 'tab\there', 'Émile 😀', 'UPPER'];
    const { people } = collect(odd);
    const all = Int32Array.from({ length: people.size }, (_, p) => p);
    const json = people.namesJson(all, 0, all.length).toString('utf8');
    expect(JSON.parse(json)).toEqual(Array.from(all, (p) => people.name(p)));
    expect([...(JSON.parse(json) as string[])].sort()).toEqual([...odd].sort());
    expect(JSON.parse(people.namesJson(all, 1, 3).toString('utf8'))).toEqual([
      people.name(1),
      people.name(2),
    ]);
  });

  it('resolves an empty read to nobody', () => {
    const { people, list } = collect([]);
    expect(people.size).toBe(0);
    expect(people.find('a')).toBeUndefined();
    expect(list.collapse(people).present.length).toBe(0);
  });
});

describe('PersonList.collapse', () => {
  it('keeps one entry per person with the newest known time', () => {
    const { people, list } = collect(['a', 'B', 'b', 'c', 'A']);
    const { present, time } = list.collapse(people);
    expect(Array.from(present)).toEqual([1, 1, 1]);
    // a: slots 0 (1000) and 4 (1004); b: slots 1 (no time) and 2 (1002); c: slot 3 (1003).
    expect([0, 1, 2].map(time)).toEqual([1004, 1002, 1003]);
  });

  it('collapses a list of a few among many people as a list of everyone does', () => {
    // Followers make the thousand people; message counterparts are a handful of them (a sparse list).
    const slots = new NameSlots();
    const followers = new PersonList();
    for (let i = 0; i < 1000; i++) followers.add(slots.add(`fan_${i}`), 1000 + i);
    const few = new PersonList(true);
    const many = new PersonList(true);
    const records: [string, number | null, number][] = [
      ['FAN_7', 5000, 2],
      ['fan_7', 4000, 3],
      ['fan_12', null, 1],
      ['fan_12', 4500, 4],
      ['fan_500', null, 5],
    ];
    for (const [name, at, amount] of records) few.add(slots.add(name), at, amount);
    for (const [name, at, amount] of records) many.add(slots.add(name), at, amount);
    // The same records plus everyone once, undated and with nothing to add: collapsed densely.
    for (let i = 0; i < 1000; i++) many.add(slots.add(`fan_${i}`), null, 0);
    const people = slots.resolve();
    const sparse = few.collapse(people);
    const dense = many.collapse(people);
    const named = (name: string) => people.find(name)!;
    expect(Array.from(sparse.present).filter(Boolean)).toHaveLength(3);
    for (const name of ['fan_7', 'fan_12', 'fan_500']) {
      const i = named(name);
      expect(sparse.present[i]).toBe(1);
      expect([sparse.time(i), sparse.amount(i)]).toEqual([dense.time(i), dense.amount(i)]);
    }
    expect([sparse.time(named('fan_7')), sparse.amount(named('fan_7'))]).toEqual([5000, 5]);
    expect([sparse.time(named('fan_12')), sparse.amount(named('fan_12'))]).toEqual([4500, 5]);
    expect(sparse.time(named('fan_500'))).toBeNaN();
    expect(sparse.present[named('fan_1')]).toBe(0);
    expect(sparse.time(named('fan_1'))).toBeNaN();
  });
});
