// Follows a background job's progress; without this script the page has a refresh link.
(() => {
    const box = document.querySelector('[data-progress-url]');
    if (!box) return;
    const bar = box.querySelector('progress');
    const count = box.querySelector('[data-progress-count]');
    const format = new Intl.NumberFormat(document.documentElement.lang);
    const tick = async () => {
        try {
            const response = await fetch(box.dataset.progressUrl, { headers: { Accept: 'application/json' } });
            if (response.ok) {
                const p = await response.json();
                if (p.status !== 'Queued' && p.status !== 'Running') { location.reload(); return; }
                bar.max = Math.max(1, p.total);
                bar.value = p.processed;
                count.textContent = `${format.format(p.processed)} / ${format.format(p.total)}`;
            }
        } catch { /* the next tick tries again */ }
        setTimeout(tick, 1500);
    };
    setTimeout(tick, 1000);
})();
