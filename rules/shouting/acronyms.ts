// shouting: all-caps tokens that are acronyms, codes or abbreviations, not raised voices. A team
// adds its own (product names, internal codes) with the `allow` option. Some spell English words
// (PIN, UPS, ZIP, SIM, CAN) and would otherwise be taken for shouting; the catalogue lists them.
const acronyms: readonly string[] = [
  // Web, files and tech
  'URL', 'FAQ', 'FAQS', 'PDF', 'API', 'HTML', 'CSS', 'CSV', 'XML', 'JSON', 'HTTP', 'HTTPS', 'FTP', 'SFTP', 'SSH', 'SSL', 'TLS',
  'DNS', 'VPN', 'IP', 'ISP', 'LAN', 'WAN', 'WIFI', 'USB', 'HDMI', 'SD', 'SSD', 'HDD', 'RAM', 'CPU', 'GPU', 'OS', 'IOS', 'PC',
  'MAC', 'APP', 'SMS', 'MMS', 'GPS', 'NFC', 'LED', 'LCD', 'OLED', 'QR', 'UI', 'UX', 'SDK', 'CLI', 'SQL', 'AWS', 'SSO', 'SAML',
  'MFA', 'OTP', 'CAPTCHA', 'IMAP', 'POP', 'SMTP', 'ID', 'IDS', 'PIN', 'PINS', 'SIM', 'ESIM', 'IMEI', 'AI', 'AR', 'VR',
  'FSAA', 'DVD', 'CD', 'TV', 'HD', 'UHD', 'HDR', 'JPG', 'JPEG', 'PNG', 'GIF', 'SVG', 'MP3', 'MP4', 'ZIP', 'RAR', 'EXE', 'DMG',
  'APK', 'PWA', 'CRM', 'ERP', 'SAAS', 'CMS', 'SEO', 'RSS', 'WWW', 'COM', 'ORG', 'NET', 'BETA', 'GUI', 'BIOS', 'NAS', 'RAID',
  'WPA', 'WPS', 'SSID', 'DSL', 'ADSL', 'FTTP', 'FTTC', 'LTE', 'GSM', 'VOIP', 'PBX', 'DM', 'DMS', 'PMS',
  // Shipping, orders and money
  'SKU', 'SKUS', 'ETA', 'UPS', 'USPS', 'DHL', 'FEDEX', 'TNT', 'DPD', 'GLS', 'EMS', 'PO', 'COD', 'RMA', 'VAT', 'GST', 'HST',
  'IVA', 'MWST', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'JPY', 'CHF', 'INR', 'IBAN', 'BIC', 'SWIFT', 'ACH',
  'ATM', 'CVV', 'CVC', 'EFT', 'POS', 'MSRP', 'RRP', 'QTY', 'REF', 'INV', 'TOS', 'TNC', 'ISBN', 'EAN', 'UPC', 'ASIN',
  'DDP', 'DAP', 'EXW', 'FOB', 'BOGO', 'PPE', 'APO', 'FPO', 'DPO', 'POBOX',
  // Time zones and time of day
  'AM', 'PM', 'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AEST', 'AEDT',
  'IST', 'JST', 'EOD', 'COB', 'EOW', 'ETD',
  // Organisations, places, roles, common business shorthand
  'USA', 'US', 'UK', 'EU', 'EEA', 'UAE', 'NYC', 'LA', 'DC', 'NHS', 'IRS', 'HMRC', 'GDPR', 'CCPA', 'HIPAA', 'PCI', 'DSS', 'ISO',
  'CEO', 'CTO', 'CFO', 'COO', 'VP', 'HR', 'IT', 'QA', 'PR', 'CS', 'CX', 'KYC', 'AML', 'NDA', 'SLA', 'KPI', 'ROI', 'B2B', 'B2C',
  'LLC', 'LTD', 'INC', 'PLC', 'GMBH', 'AG', 'SA', 'BV', 'CO', 'NASA', 'FBI', 'BBC', 'CNN', 'NBA', 'NFL', 'FIFA', 'UEFA', 'UN',
  'AAA', 'AARP', 'DMV', 'NGO', 'ASAP', 'FYI', 'TBC', 'TBD', 'TBA', 'RSVP', 'PS', 'PPS', 'NB', 'OK', 'OKAY', 'AKA', 'DIY',
  'ETC', 'IE', 'EG', 'VS', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'ATTN', 'MR', 'MRS', 'MS', 'DR', 'JR', 'SR', 'ST', 'RD', 'AVE',
  'AC', 'UV', 'SPF', 'XS', 'XL', 'XXL', 'XXXL', 'LG', 'SM', 'MD', 'LOL', 'BTW', 'IMO', 'TIA',
  // Roman numerals that read as words
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
]

export default acronyms
