def test_shot(ext, server, site):
    page = ext.open(site.hf_paper)
    ext.click_action(page).close()
    tab = ext.tab_id(page.url)
    pop = ext.ctx.new_page()
    pop.set_viewport_size({"width": 344, "height": 330})
    pop.goto(f"chrome-extension://{ext.id}/popup.html?tabId={tab}")
    pop.wait_for_selector("#status:not([data-state=saving])")
    pop.wait_for_timeout(300)
    pop.screenshot(path="/tmp/ps_probe/popup.png")
    import json, urllib.request
    print(server.api("POST", "/api/captures", {"capture_id": "11111111-1111-4111-8111-111111111111", "url": "https://arxiv.org/pdf/2609.31620"}))
