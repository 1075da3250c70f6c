import { describe, expect, it } from 'vitest';
import { citiesOf, createRegionChoice, DEFAULT_REGION, provinces, regionLabel } from './region';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe('createRegionChoice', () => {
  it('starts at 长春市 and says it is only a default when nothing was chosen', () => {
    const choice = createRegionChoice(memoryStorage());
    expect(choice.state.code).toBe(DEFAULT_REGION);
    expect(choice.state.code).toBe('220100');
    expect(choice.state.chosen).toBe(false);
    expect(choice.name.value).toBe('吉林省 长春市');
  });

  it('remembers a choice for the next visit', () => {
    const storage = memoryStorage();
    createRegionChoice(storage).choose('371500');
    expect(storage.data.get('huimin.portal.region')).toBe('371500');
    const next = createRegionChoice(storage);
    expect(next.state.code).toBe('371500');
    expect(next.state.chosen).toBe(true);
  });

  it('ignores a stored value that is not a known region', () => {
    for (const stored of ['999999', '000000', 'abc', '']) {
      const choice = createRegionChoice(memoryStorage({ 'huimin.portal.region': stored }));
      expect(choice.state.code).toBe('220100');
      expect(choice.state.chosen).toBe(false);
    }
  });

  it('refuses to choose an unknown region', () => {
    const storage = memoryStorage();
    const choice = createRegionChoice(storage);
    choice.choose('999900');
    expect(choice.state.code).toBe('220100');
    expect(storage.data.size).toBe(0);
  });

  it('still works when storage throws (blocked by browser policy)', () => {
    const choice = createRegionChoice({
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    });
    choice.choose('230100');
    expect(choice.state.code).toBe('230100');
  });
});

describe('region lists', () => {
  it('lists provinces without the national level, and the cities of one province', () => {
    const list = provinces();
    expect(list.some((p) => p.code === '000000')).toBe(false);
    expect(list.find((p) => p.code === '220000')?.name).toBe('吉林省');
    const jilin = citiesOf('220000').map((c) => c.code);
    expect(jilin).toContain('220100');
    expect(jilin).toContain('222400');
    expect(jilin).not.toContain('220000');
    expect(citiesOf('110000')).toEqual([]);
  });

  it('names a province itself without repeating it', () => {
    expect(regionLabel('110000')).toBe('北京市');
    expect(regionLabel('371500')).toBe('山东省 聊城市');
  });
});
