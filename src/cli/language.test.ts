import { describe, expect, it } from 'vitest';
import { cliLanguageOf } from '../server/config.ts';
import { takeLanguageFlag, translateUsageError } from './language.ts';
import { progressLine } from './progress.ts';
import { runCustodia } from './testing.ts';

describe('the language of the command line', { timeout: 60_000 }, () => {
  it('shows the help in Spanish by default and in English when asked, names unchanged', async () => {
    const spanish = await runCustodia(['--help'], { env: { CUSTODIA_LANG: '' } });
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toContain('Uso: custodia [opciones] [orden]');
    expect(spanish.stdout).toContain('Órdenes:');
    expect(spanish.stdout).toMatch(/serve \[opciones\]\s+servir la aplicación web y la API/);
    expect(spanish.stdout).not.toMatch(/Usage|display help/);

    const english = await runCustodia(['--help', '--lang', 'en'], { env: { CUSTODIA_LANG: 'es' } });
    expect(english.stdout).toContain('Usage: custodia [options] [command]');
    expect(english.stdout).toMatch(/serve \[options\]\s+serve the web application and the API/);
    for (const command of ['serve', 'migrate', 'demo', 'import', 'export', 'roll', 'missing', 'check-move', 'users', 'audit', 'backup', 'restore']) {
      expect(spanish.stdout).toContain(`  ${command}`);
      expect(english.stdout).toContain(`  ${command}`);
    }
  });

  it("words each command's help, defaults and usage errors in the chosen language", async () => {
    const demo = await runCustodia(['demo', '--help'], { env: { LANG: 'es_EC.UTF-8', CUSTODIA_LANG: '' } });
    expect(demo.stdout).toContain('cuántas personas (por defecto: 35000)');
    expect(demo.stdout).toContain('--people <n>');
    const english = await runCustodia(['demo', '--help'], { env: { LC_ALL: 'en_GB.UTF-8', CUSTODIA_LANG: '' } });
    expect(english.stdout).toContain('how many people (default: 35000)');

    const unknown = await runCustodia(['demo', '--peeple', '3', '--lang=es']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: opción desconocida '--peeple'");
    expect(unknown.stderr).toContain('(custodia demo --help muestra la ayuda)');
    const missing = await runCustodia(['missing']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: required option '--centre <code>' not specified");
    const badLanguage = await runCustodia(['--lang', 'fr', 'roll']);
    expect(badLanguage.code).toBe(2);
    expect(badLanguage.stderr).toContain("'--lang <language>'");
  });

  it('takes --lang anywhere, before --', () => {
    expect(takeLanguageFlag(['roll', '--lang', 'en', '--json'])).toEqual({ language: 'en', rest: ['roll', '--json'] });
    expect(takeLanguageFlag(['--lang=es', 'roll'])).toEqual({ language: 'es', rest: ['roll'] });
    expect(takeLanguageFlag(['import', '--', '--lang'])).toEqual({ rest: ['import', '--', '--lang'] });
    expect(takeLanguageFlag(['--lang', 'de'])).toEqual({ invalid: 'de', rest: [] });
  });

  it('reads the environment: CUSTODIA_LANG, then LC_ALL, LC_MESSAGES, LANG; Spanish otherwise', () => {
    expect(cliLanguageOf({})).toBe('es');
    expect(cliLanguageOf({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguageOf({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguageOf({ LC_ALL: 'es_ES.UTF-8', LANG: 'en_US.UTF-8' })).toBe('es');
    expect(cliLanguageOf({ CUSTODIA_LANG: 'en', LC_ALL: 'es_ES' })).toBe('en');
    expect(cliLanguageOf({ LANG: 'fr_FR.UTF-8' })).toBe('es');
  });

  it("translates commander's suggestions", () => {
    expect(translateUsageError("error: unknown command 'rol'\n(Did you mean roll?)\n", 'es')).toBe("error: orden desconocida 'rol'\n(¿Quiso decir roll?)\n");
    expect(translateUsageError("error: unknown command 'rol'\n", 'en')).toBe("error: unknown command 'rol'\n");
  });
});

describe('the progress line', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 60, write: (text: string) => written.push(text) > 0 } };
  };

  it('redraws one line in place on a terminal and clears it at the end', () => {
    const { written, stream: tty } = stream(true);
    const progress = progressLine('es', tty);
    progress.step('persons', 8, 15, 35_000);
    progress.end();
    expect(written[0]).toMatch(new RegExp(String.raw`^\r\u001b\[2K. \[9/15\] Guardando las personas \(35\.000\) · 0 s$`));
    expect(written.at(-1)).toBe('\r\x1b[2K');
    expect(written.every((text) => !text.includes('\n'))).toBe(true);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { written, stream: pipe } = stream(false);
    const progress = progressLine('en', pipe);
    progress.update('Reading the files…');
    progress.step('persons', 8, 15, 35_000);
    progress.end();
    expect(written).toEqual([]);
  });
});
