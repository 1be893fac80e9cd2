import { expect } from '@open-wc/testing';
import { createFormatters } from '../../src/core/format.js';

describe('formatters (core/format.ts)', () => {
  it('are shared per locale and time zone', () => {
    expect(createFormatters('pt-BR', 'America/Sao_Paulo')).to.equal(createFormatters('pt-BR', 'America/Sao_Paulo'));
    expect(createFormatters('pt-BR', 'America/Sao_Paulo')).not.to.equal(createFormatters('pt-BR', 'Europe/Lisbon'));
    expect(createFormatters('pt-BR')).not.to.equal(createFormatters('en'));
  });

  it('show instants in the user’s time zone and calendar dates as they are', () => {
    const sp = createFormatters('pt-BR', 'America/Sao_Paulo');
    expect(sp.dateTime('2025-03-01T02:30:00Z')).to.equal('28/02/2025, 23:30');
    expect(sp.date('2025-03-01T02:30:00Z')).to.equal('28/02/2025');
    expect(sp.date('2025-03-01')).to.equal('01/03/2025'); // a calendar date never shifts
    expect(createFormatters('en', 'America/New_York').date('2025-03-01')).to.equal('03/01/2025');
  });

  it('fall back to the browser’s zone for an unknown one, and show an unreadable date as sent', () => {
    const odd = createFormatters('pt-BR', 'Mars/Olympus_Mons');
    expect(odd.date('2025-03-01')).to.equal('01/03/2025');
    expect(odd.dateTime('não é data')).to.equal('não é data');
  });

  it('say relative times, numbers, money, percents and sizes in the locale', () => {
    const pt = createFormatters('pt-BR');
    const now = Date.parse('2025-03-10T12:00:00Z');
    expect(pt.relative('2025-03-10T09:00:00Z', now)).to.equal('há 3 horas');
    expect(pt.relative('2025-03-09T12:00:00Z', now)).to.equal('ontem');
    expect(createFormatters('en').relative('2025-03-10T11:59:30Z', now)).to.equal('30 seconds ago');
    expect(pt.number(10000)).to.equal('10.000');
    expect(pt.money({ amount: '1234.5', currency: 'BRL' })).to.match(/^R\$\s1\.234,50$/);
    expect(pt.percent(0.125)).to.equal('12,5%');
    expect(pt.bytes(3)).to.equal('3 bytes');
    expect(pt.bytes(25 * 1024 * 1024)).to.equal('25 MB');
    expect(createFormatters('en').bytes(1536)).to.equal('1.5 kB');
  });
});
