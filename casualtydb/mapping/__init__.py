"""The incident map without Qt: governorate outlines, the projection, and which incidents are
drawn where, how large and in which colour (aggregated per place in SQL). The map page
(ui/pages/map.py) and the workbook's Summary picture (render.py) both draw from here."""
