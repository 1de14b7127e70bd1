-- The starting catalog. sku-limited-edition has exactly 50 units for the "200 orders, 50 in stock" scenario.
INSERT INTO products (id, name, price, stock_on_hand) VALUES
    ('sku-keyboard',        'Mechanical keyboard',        89.90, 100),
    ('sku-mouse',           'Wireless mouse',             24.99, 200),
    ('sku-monitor',         '27-inch 4K monitor',        329.00,  25),
    ('sku-headset',         'USB headset',                59.50,  60),
    ('sku-webcam',          '1080p webcam',               44.95,  40),
    ('sku-usb-hub',         '7-port USB hub',             19.99, 150),
    ('sku-limited-edition', 'Limited edition keycap set', 49.00,  50)
ON CONFLICT (id) DO NOTHING;
